# Builds and installs salescoach: the binary, its man pages and shell completions.
#
#   make                      release build (Swift's standard library linked in)
#   make install PREFIX=~/.local
#   make install DESTDIR=/tmp/stage PREFIX=/usr      (for packaging)
#   make install-strip PREFIX=~/.local               (the same, symbols stripped: ~69 MB instead of ~110)
#   make uninstall PREFIX=~/.local
#   make man                  rewrite man/ from the command definitions (a test checks it)
#
# The knowledge base is embedded in the binary, so nothing else is installed.
# At run time the binary needs the system's readline, SQLite, libpq, zlib and
# libxml2 (Debian: libreadline8, libsqlite3-0, libpq5, zlib1g, libxml2), not
# the Swift toolchain.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL) -m 755
SWIFT ?= swift
# A build folder of its own, so a release build never disturbs `swift build` and `swift test`.
SCRATCH ?= .build-release
BINARY = $(SCRATCH)/release/salescoach

.PHONY: all build install install-strip uninstall man clean

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH) --product salescoach

install: build
	$(INSTALL) -d $(BINDIR) $(MANDIR)/man1 $(MANDIR)/ja/man1 $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	$(INSTALL_PROGRAM) $(BINARY) $(BINDIR)/salescoach
	$(INSTALL) -m 644 man/salescoach.1 $(MANDIR)/man1/salescoach.1
	$(INSTALL) -m 644 man/ja/salescoach.1 $(MANDIR)/ja/man1/salescoach.1
	$(BINARY) --generate-completion-script bash > $(BASHDIR)/salescoach
	$(BINARY) --generate-completion-script zsh > $(ZSHDIR)/_salescoach
	$(BINARY) --generate-completion-script fish > $(FISHDIR)/salescoach.fish
	chmod 644 $(BASHDIR)/salescoach $(ZSHDIR)/_salescoach $(FISHDIR)/salescoach.fish

install-strip:
	$(MAKE) install INSTALL_PROGRAM='$(INSTALL) -m 755 -s'

uninstall:
	rm -f $(BINDIR)/salescoach $(MANDIR)/man1/salescoach.1 $(MANDIR)/ja/man1/salescoach.1
	rm -f $(BASHDIR)/salescoach $(ZSHDIR)/_salescoach $(FISHDIR)/salescoach.fish

man:
	$(SWIFT) build --product salescoach
	mkdir -p man/ja
	$$($(SWIFT) build --show-bin-path)/salescoach manual --lang en > man/salescoach.1
	$$($(SWIFT) build --show-bin-path)/salescoach manual --lang ja > man/ja/salescoach.1

clean:
	rm -rf $(SCRATCH)
