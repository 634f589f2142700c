import SalesCoachCore

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// What a path that is not a regular file is, by its `st_mode`, for the
/// messages that refuse to read or write it.
struct FileKind: BilingualMessage {
    let mode: mode_t

    var wording: (en: String, ja: String) {
        switch mode & S_IFMT {
        case S_IFDIR: ("a folder", "フォルダー")
        case S_IFSOCK: ("a socket", "ソケット")
        case S_IFBLK: ("a disk device", "ディスクデバイス")
        case S_IFCHR: ("a device", "デバイス")
        case S_IFIFO: ("a pipe", "パイプ")
        case S_IFLNK: ("a symbolic link", "シンボリックリンク")
        default: ("not a regular file", "通常のファイルではないもの")
        }
    }
}
