/// Romaji readings of Japanese company names ("田中商事" → "tanaka shoji").
///
/// Kanji have several readings and no rule picks the right one, so names are
/// read with a table of the words company names are made of: common family
/// names, places, trades and legal words, and the katakana loanwords whose
/// English spelling a rep would type ("テクノロジー" → "technology", not
/// "tekunorojii"). The name is cut into the longest words the table knows;
/// kana outside the table are read syllable by syllable. A name with a kanji
/// the table lacks gets no reading: matching it by a guess would answer
/// about the wrong customer, which is worse than not matching.
enum JapaneseNameReadings {
    /// At most this many readings per name (a word with two readings doubles them).
    static let limit = 4

    /// The readings of a normalised, affix-free name, each as words; empty when
    /// the name is not Japanese or holds a kanji the table does not know.
    static func readings(of name: [Character]) -> [[String]] {
        guard name.contains(where: \.isJapanese) else { return [] }
        var results: [[String]] = [[]]
        var pendingKana: [Character] = []
        func flushKana() -> Bool {
            defer { pendingKana = [] }
            guard !pendingKana.isEmpty else { return true }
            guard let latin = Romaji.kana(pendingKana) else { return false }
            results = results.map { $0 + [latin] }
            return true
        }
        var i = 0
        while i < name.count {
            let c = name[i]
            if c == " " || c == "・" || c == "-" || c == "&" {
                guard flushKana() else { return [] }
                i += 1
                continue
            }
            if c.isASCII && (c.isLetter || c.isNumber) {
                guard flushKana() else { return [] }
                var j = i
                while j < name.count, name[j].isASCII && (name[j].isLetter || name[j].isNumber) { j += 1 }
                let word = String(name[i..<j])
                results = results.map { $0 + [word] }
                i = j
                continue
            }
            if let (length, readings) = longestWord(in: name, at: i) {
                guard flushKana() else { return [] }
                results = results.flatMap { prefix in readings.map { prefix + $0.split(separator: " ").map(String.init) } }
                if results.count > limit { results = Array(results.prefix(limit)) }
                i += length
                continue
            }
            guard Romaji.kana([c]) != nil || c == "ー" || c == "っ" || c == "ッ" else { return [] }
            pendingKana.append(c)
            i += 1
        }
        guard flushKana() else { return [] }
        return results.filter { !$0.isEmpty }
    }

    /// The name without a trailing trade word, when at least three characters
    /// are left: reps say 加藤ネジ for 加藤ネジ製作所 and 東洋重機 for
    /// 東洋重機工業. Shorter rests (田中 of 田中商事) are family names, which
    /// many companies share.
    static func shortForm(of name: [Character]) -> [Character]? {
        for length in stride(from: min(longestKey, name.count - 3), through: 2, by: -1) {
            let tail = String(name.suffix(length))
            if trades[tail] != nil || loanwords[tail] != nil { return Array(name.dropLast(length)) }
        }
        return nil
    }

    private static func longestWord(in name: [Character], at start: Int) -> (Int, [String])? {
        for length in stride(from: min(longestKey, name.count - start), through: 1, by: -1) {
            if let readings = words[String(name[start..<start + length])] { return (length, readings) }
        }
        return nil
    }

    private static let longestKey = words.keys.map(\.count).max() ?? 1

    /// Words of company names and their readings, the usual one first.
    static let words: [String: [String]] = familyNames.merging(places) { a, _ in a }
        .merging(trades) { a, _ in a }.merging(loanwords) { a, _ in a }

    static let familyNames: [String: [String]] = [
        "佐藤": ["sato"], "鈴木": ["suzuki"], "高橋": ["takahashi"], "田中": ["tanaka"], "伊藤": ["ito"],
        "渡辺": ["watanabe"], "渡邊": ["watanabe"], "渡邉": ["watanabe"], "山本": ["yamamoto"], "中村": ["nakamura"],
        "小林": ["kobayashi"], "加藤": ["kato"], "吉田": ["yoshida"], "山田": ["yamada"], "佐々木": ["sasaki"],
        "山口": ["yamaguchi"], "松本": ["matsumoto"], "井上": ["inoue"], "木村": ["kimura"], "林": ["hayashi"],
        "斎藤": ["saito"], "斉藤": ["saito"], "清水": ["shimizu"], "山崎": ["yamazaki"], "森": ["mori"],
        "池田": ["ikeda"], "橋本": ["hashimoto"], "阿部": ["abe"], "石川": ["ishikawa"], "山下": ["yamashita"],
        "中島": ["nakajima"], "石井": ["ishii"], "小川": ["ogawa"], "前田": ["maeda"], "岡田": ["okada"],
        "長谷川": ["hasegawa"], "藤田": ["fujita"], "後藤": ["goto"], "近藤": ["kondo"], "村上": ["murakami"],
        "遠藤": ["endo"], "青木": ["aoki"], "坂本": ["sakamoto"], "斉木": ["saiki"], "福田": ["fukuda"],
        "太田": ["ota"], "西村": ["nishimura"], "藤井": ["fujii"], "金子": ["kaneko"], "岡本": ["okamoto"],
        "藤原": ["fujiwara"], "中野": ["nakano"], "三浦": ["miura"], "原田": ["harada"], "中川": ["nakagawa"],
        "松田": ["matsuda"], "竹内": ["takeuchi"], "小野": ["ono"], "田村": ["tamura"], "中山": ["nakayama"],
        "和田": ["wada"], "石田": ["ishida"], "森田": ["morita"], "上田": ["ueda"], "原": ["hara"],
        "内田": ["uchida"], "柴田": ["shibata"], "酒井": ["sakai"], "宮崎": ["miyazaki"], "横山": ["yokoyama"],
        "高木": ["takagi"], "安藤": ["ando"], "宮本": ["miyamoto"], "大野": ["ono"], "小島": ["kojima"],
        "谷口": ["taniguchi"], "今井": ["imai"], "工藤": ["kudo"], "高田": ["takada"], "増田": ["masuda"],
        "丸山": ["maruyama"], "杉山": ["sugiyama"], "村田": ["murata"], "大塚": ["otsuka"], "新井": ["arai"],
        "小山": ["koyama"], "平野": ["hirano"], "藤本": ["fujimoto"], "河野": ["kono"], "上野": ["ueno"],
        "野口": ["noguchi"], "武田": ["takeda"], "松井": ["matsui"], "千葉": ["chiba"], "岩崎": ["iwasaki"],
        "菅原": ["sugawara"], "木下": ["kinoshita"], "久保": ["kubo"], "佐野": ["sano"], "野村": ["nomura"],
        "松尾": ["matsuo"], "市川": ["ichikawa"], "菊地": ["kikuchi"], "杉本": ["sugimoto"], "古川": ["furukawa"],
        "大西": ["onishi"], "島田": ["shimada"], "水野": ["mizuno"], "桜井": ["sakurai"], "高野": ["takano"],
        "渡部": ["watanabe"], "吉川": ["yoshikawa"], "山内": ["yamauchi"], "西田": ["nishida"], "飯田": ["iida"],
        "菅野": ["sugano"], "服部": ["hattori"], "秋山": ["akiyama"], "北村": ["kitamura"], "本田": ["honda"],
        "松下": ["matsushita"], "豊田": ["toyoda", "toyota"], "三井": ["mitsui"], "住友": ["sumitomo"], "三菱": ["mitsubishi"],
        "安田": ["yasuda"], "浅野": ["asano"], "古河": ["furukawa"], "久保田": ["kubota"], "大倉": ["okura"],
        "高島": ["takashima"], "岩谷": ["iwatani"], "竹中": ["takenaka"], "大林": ["obayashi"], "鹿島": ["kajima"],
    ]

    static let places: [String: [String]] = [
        "日本": ["nihon", "nippon"], "東京": ["tokyo"], "大阪": ["osaka"], "京都": ["kyoto"], "名古屋": ["nagoya"],
        "横浜": ["yokohama"], "神戸": ["kobe"], "札幌": ["sapporo"], "仙台": ["sendai"], "福岡": ["fukuoka"],
        "広島": ["hiroshima"], "北海道": ["hokkaido"], "東北": ["tohoku"], "関東": ["kanto"], "関西": ["kansai"],
        "中部": ["chubu"], "北陸": ["hokuriku"], "九州": ["kyushu"], "四国": ["shikoku"], "中国": ["chugoku"],
        "近畿": ["kinki"], "東海": ["tokai"], "信越": ["shinetsu"], "沖縄": ["okinawa"], "千代田": ["chiyoda"],
        "丸の内": ["marunouchi"], "新宿": ["shinjuku"], "渋谷": ["shibuya"], "品川": ["shinagawa"], "浜松": ["hamamatsu"],
        "静岡": ["shizuoka"], "新潟": ["niigata"], "金沢": ["kanazawa"], "富山": ["toyama"], "岡山": ["okayama"],
        "熊本": ["kumamoto"], "鹿児島": ["kagoshima"], "長野": ["nagano"], "群馬": ["gunma"], "埼玉": ["saitama"],
        "湘南": ["shonan"], "富士": ["fuji"], "大和": ["yamato", "daiwa"], "東洋": ["toyo"], "東邦": ["toho"],
        "東亜": ["toa"], "太平洋": ["taiheiyo"], "中央": ["chuo"], "平和": ["heiwa"], "昭和": ["showa"],
        "大正": ["taisho"], "明治": ["meiji"], "日の出": ["hinode"], "旭": ["asahi"], "朝日": ["asahi"],
        "光": ["hikari"], "桜": ["sakura"], "菱": ["ryo"], "日立": ["hitachi"], "帝国": ["teikoku"],
        "東": ["higashi", "azuma"], "西": ["nishi"], "南": ["minami"], "北": ["kita"], "新": ["shin"],
        "大": ["dai"], "第一": ["daiichi"], "三和": ["sanwa"], "共栄": ["kyoei"], "協和": ["kyowa"],
        "丸": ["maru"], "山": ["yama"], "川": ["kawa"], "田": ["ta"], "島": ["shima"],
    ]

    static let trades: [String: [String]] = [
        "商事": ["shoji"], "商会": ["shokai"], "商店": ["shoten"], "商船": ["shosen"], "商社": ["shosha"],
        "物産": ["bussan"], "産業": ["sangyo"], "工業": ["kogyo"], "興業": ["kogyo"], "鉱業": ["kogyo"],
        "重工業": ["jukogyo"], "重工": ["juko"], "重機": ["juki"], "化学": ["kagaku"], "化成": ["kasei"],
        "製薬": ["seiyaku"], "薬品": ["yakuhin"], "製作所": ["seisakusho"], "製作": ["seisaku"], "製造": ["seizo"],
        "製鉄": ["seitetsu"], "製紙": ["seishi"], "製菓": ["seika"], "製粉": ["seifun"], "鉄工所": ["tekkosho"],
        "鉄工": ["tekko"], "鉄鋼": ["tekko"], "精機": ["seiki"], "精工": ["seiko"], "精密": ["seimitsu"],
        "電機": ["denki"], "電気": ["denki"], "電工": ["denko"], "電材": ["denzai"], "電子": ["denshi"],
        "電装": ["denso"], "電力": ["denryoku"], "電設": ["densetsu"], "通信": ["tsushin"], "建設": ["kensetsu"],
        "建築": ["kenchiku"], "建材": ["kenzai"], "工務店": ["komuten"], "工務": ["komu"], "土木": ["doboku"],
        "住宅": ["jutaku"], "不動産": ["fudosan"], "開発": ["kaihatsu"], "塗装": ["toso"], "設備": ["setsubi"],
        "運輸": ["unyu"], "運送": ["unso"], "物流": ["butsuryu"], "倉庫": ["soko"], "海運": ["kaiun"],
        "汽船": ["kisen"], "交通": ["kotsu"], "自動車": ["jidosha"], "機械": ["kikai"], "機工": ["kiko"],
        "技研": ["giken"], "技術": ["gijutsu"], "研究所": ["kenkyusho"], "工房": ["kobo"], "工場": ["kojo"],
        "印刷": ["insatsu"], "出版": ["shuppan"], "書店": ["shoten"], "新聞": ["shimbun"], "放送": ["hoso"],
        "包装": ["hoso"], "紙器": ["shiki"], "食品": ["shokuhin"], "製麺": ["seimen"], "酒造": ["shuzo"],
        "醸造": ["jozo"], "水産": ["suisan"], "農産": ["nosan"], "畜産": ["chikusan"], "乳業": ["nyugyo"],
        "繊維": ["seni"], "紡績": ["boseki"], "織物": ["orimono"], "衣料": ["iryo"], "医療": ["iryo"],
        "介護": ["kaigo"], "福祉": ["fukushi"], "病院": ["byoin"], "薬局": ["yakkyoku"], "歯科": ["shika"],
        "保険": ["hoken"], "銀行": ["ginko"], "証券": ["shoken"], "信託": ["shintaku"], "生命": ["seimei"],
        "損保": ["sonpo"], "金属": ["kinzoku"], "鋼材": ["kozai"], "鋼業": ["kogyo"], "硝子": ["garasu"],
        "石油": ["sekiyu"], "瓦斯": ["gasu"], "ガス": ["gas"], "燃料": ["nenryo"], "資源": ["shigen"],
        "環境": ["kankyo"], "情報": ["joho"], "企画": ["kikaku"], "事務所": ["jimusho"], "総合": ["sogo"],
        "百貨店": ["hyakkaten"], "販売": ["hanbai"], "貿易": ["boeki"], "通商": ["tsusho"], "流通": ["ryutsu"],
        "総業": ["sogyo"], "観光": ["kanko"], "旅館": ["ryokan"], "ホテル": ["hotel"], "航空": ["koku"],
        "鉄道": ["tetsudo"], "電鉄": ["dentetsu"], "ネジ": ["neji"], "ねじ": ["neji"], "螺子": ["neji"],
        "クリーニング": ["cleaning"], "塗料": ["toryo"], "家具": ["kagu"], "木材": ["mokuzai"], "材木": ["zaimoku"],
        "石材": ["sekizai"], "窯業": ["yogyo"], "陶器": ["toki"], "容器": ["yoki"], "樹脂": ["jushi"],
        "化工": ["kako"], "ゴム": ["gomu", "rubber"], "光学": ["kogaku"], "計器": ["keiki"], "器械": ["kikai"],
        "本社": ["honsha"], "本店": ["honten"], "支店": ["shiten"], "グループ": ["group"],
    ]

    /// Katakana loanwords, read as the English word a rep would type.
    static let loanwords: [String: [String]] = [
        "テクノロジー": ["technology"], "テクノロジーズ": ["technologies"], "テクノ": ["techno"], "システム": ["system"],
        "システムズ": ["systems"], "データ": ["data"], "ホールディングス": ["holdings"], "モータース": ["motors"],
        "モーターズ": ["motors"], "ロジスティクス": ["logistics"], "サービス": ["service", "services"],
        "エンジニアリング": ["engineering"], "ソリューションズ": ["solutions"], "ソリューション": ["solution"],
        "トレーディング": ["trading"], "インダストリー": ["industry"], "インダストリーズ": ["industries"],
        "ジャパン": ["japan"], "コーポレーション": ["corporation"], "エレクトロニクス": ["electronics"],
        "ネットワーク": ["network"], "ネットワークス": ["networks"], "ソフト": ["soft"], "ソフトウェア": ["software"],
        "メディカル": ["medical"], "ファーマ": ["pharma"], "フーズ": ["foods"], "フード": ["food"],
        "ケミカル": ["chemical"], "マテリアル": ["material"], "マテリアルズ": ["materials"], "プラス": ["plus"],
        "デザイン": ["design"], "コンサルティング": ["consulting"], "マネジメント": ["management"],
        "インターナショナル": ["international"], "グローバル": ["global"], "パートナーズ": ["partners"],
        "リース": ["lease"], "レンタル": ["rental"], "ファクトリー": ["factory"], "ワークス": ["works"],
        "ラボ": ["lab"], "センター": ["center"], "ストア": ["store"], "マート": ["mart"], "ショップ": ["shop"],
        "オフィス": ["office"], "メンテナンス": ["maintenance"], "エナジー": ["energy"], "エネルギー": ["energy"],
        "パワー": ["power"], "ロボティクス": ["robotics"], "オート": ["auto"], "デジタル": ["digital"],
        "クラウド": ["cloud"], "メディア": ["media"], "コミュニケーションズ": ["communications"],
        "プランニング": ["planning"], "プロダクツ": ["products"], "アソシエイツ": ["associates"],
        "ビルディング": ["building"], "ハウス": ["house"], "ホーム": ["home"], "ライフ": ["life"],
        "ケア": ["care"], "ヘルスケア": ["healthcare"], "ベーカリー": ["bakery"], "カフェ": ["cafe"],
        "スチール": ["steel"], "メタル": ["metal"], "プラスチック": ["plastic"], "パッケージ": ["package"],
        "ペーパー": ["paper"], "トランスポート": ["transport"], "エクスプレス": ["express"], "ライン": ["line"],
        "アグリ": ["agri"], "ファーム": ["farm"], "マシナリー": ["machinery"], "ツール": ["tool"], "ツールズ": ["tools"],
    ]
}
