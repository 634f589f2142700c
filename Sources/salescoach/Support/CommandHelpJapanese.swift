/// The Japanese of each one-shot command's help: its description and what
/// each of its arguments and options does, keyed by the English text the
/// command's definition gives, so a reworded option has no stale Japanese
/// (a test lists any English text left without it).
enum CommandHelpJapanese {
    /// Each command's longer description, by command name.
    static let discussions: [String: String] = [
        "classify": "表の出力は最後に領域ごとの集計を付けます。CSV と xlsx の見出しは --lang の言語で（日本語なら 顧客名、領域、客観的評価スコア、取り引き実績スコア、…、英語なら name、segment、objective_score、record_score、…）、JSON のキーは常に英語です。",
        "check": "計画のCSVには customer,visits（または customer,hours）と、任意で rep と week の列を置きます。",
        "team": "担当者ごとの顧客（rep の列）を、それぞれ一つの顧客リストとして順位付けします。計画のCSVは customer,visits（または hours）と rep・week の列、訪問記録は customer,date と任意の rep の列です。JSON は docs/team-json.md に記載しています。--strict は 3（Cへの偏り）、4（B・Dの割合）、5（A顧客の訪問漏れ）、6（顧客ファイルにない名前や担当者）で終了します。",
        "sql": "クエリは 'classify --format csv' の列（--per-rep なら rep、name、segment、objective_score、record_score、objective、record、borderline、unclassified_reason）を返します。最も近い移動は含みません。psql・duckdb・spark-sql で実行してください。--source には表（既定は 'customers'。列名は標準のCSVどおりか、設定ファイルの [columns] の割り当てどおり）か、エンジンが自分で読むCSVファイルを指定します。",
    ]

    /// Each argument's and option's help, by its English text.
    static let texts: [String: String] = [
        "The customer CSV or workbook (.xlsx), or - for standard input (or --database and --table).":
            "顧客のCSVかExcelブック（.xlsx）。- で標準入力（または --database と --table）。",
        "A PostgreSQL server to read customers from instead of a file (a URL or libpq's key=value; PG* variables and ~/.pgpass apply).":
            "ファイルの代わりに顧客を読む PostgreSQL サーバー（URL か libpq の key=value。PG* 変数と ~/.pgpass が使われる）。",
        "With --database: the customer table, as schema.table.": "--database のとき：顧客のテーブル（schema.table）。",
        "A TOML config file read instead of the default one: cut, weights, absolute thresholds, column names.":
            "既定の代わりに読むTOMLの設定ファイル：区切り、重み、絶対評価のしきい値、列名。",
        "Rank each rep's customers (the rep column) as a book of their own.": "担当者ごとの顧客（rep の列）を、それぞれ一つの顧客リストとして順位付けする。",
        "Merge rows that name the same customer instead of failing.": "同じ顧客を指す行を、エラーにせずまとめる。",
        "Also write the 2×2 matrix as an SVG picture (replaces the file).": "2×2マトリックスをSVGの図としても書き出す（ファイルは置き換える）。",
        "How to print the report (xlsx: an Excel workbook, for a file: > report.xlsx).":
            "レポートの出力形式（xlsx はExcelブック。ファイルへは > report.xlsx）。",
        "Also write the report as an Excel workbook (replaces the file); the headers are in the language of --lang.":
            "レポートをExcelブックとしても書き出す（ファイルは置き換える）。見出しは --lang の言語。",
        "Never pipe a long table through $PAGER.": "長い表を $PAGER に通さない。",
        "Encoding of the customer CSV; auto tells UTF-8, UTF-16 and Shift_JIS apart.": "顧客CSVの文字コード。auto は UTF-8・UTF-16・Shift_JIS を見分ける。",
        "Language of labels and warnings (default: from LC_ALL, LC_MESSAGES or LANG).": "表示と警告の言語（既定：LC_ALL・LC_MESSAGES・LANG から）。",
        "Encoding of the CSV printed and of the files written (cp932 is Shift_JIS for Excel). Default: utf-8 on standard output; a file written is utf-8-bom when the language is ja. JSON is always UTF-8.":
            "出力するCSVと書き出すファイルの文字コード（cp932 はExcel向けの Shift_JIS）。既定は標準出力なら utf-8、書き出すファイルは言語が ja なら utf-8-bom。JSON は常に UTF-8。",
        "How dates with the year last are read: mdy (12/27/2017), dmy (27/12/2017) or ymd (year first only). Without it the file's dates decide, and a file where they fit both ways is refused.":
            "年が最後に来る日付の読み方：mdy（12/27/2017）、dmy（27/12/2017）、ymd（年が先のものだけ）。指定がなければファイルの日付で決め、どちらにも読めるファイルは受け付けない。",
        "Import the rows that read and write the others, each with its reason, to FILE.rejected.csv beside the file.":
            "読める行だけを取り込み、読めない行は理由を付けてファイルの隣の FILE.rejected.csv に書き出す。",
        "In an Excel workbook (.xlsx): the sheet to read (default: the first).": "Excel ブック（.xlsx）で読むシート（既定：最初のシート）。",
        "Show the version.": "バージョンを表示する。",
        "Language of messages (default: from LC_ALL, LC_MESSAGES or LANG).": "メッセージの言語（既定：LC_ALL・LC_MESSAGES・LANG から）。",
        "Show help information.": "ヘルプを表示する。",
        "The plan CSV, or - for standard input.": "計画のCSV。- で標準入力。",
        "The customer CSV the plan refers to, or - for standard input.": "計画が指す顧客のCSV。- で標準入力。",
        "A TOML config file read instead of the default one: the classification rule and the plan policy (shares, max C share, cadences).":
            "既定の代わりに読むTOMLの設定ファイル：分類の規則と計画の方針（割合、Cの上限、訪問の間隔）。",
        "Exit with the status of the most urgent rule that failed: 3 C overweight, 4 B or D share, 5 A neglected, 6 plan data.":
            "満たしていない規則のうち最も急ぐものの終了コードで終わる：3 Cへの偏り、4 B・Dの割合、5 A顧客の訪問漏れ、6 計画のデータ。",
        "The team's customer CSV (a CRM export with a rep column).": "チームの顧客CSV（担当者の列があるCRMのエクスポート）。",
        "The team's plan CSV: customer, visits or hours, rep, week.": "チームの計画のCSV：customer、visits か hours、rep、week。",
        "The team's visit log CSV: customer, date, and rep.": "チームの訪問記録のCSV：customer、date、rep。",
        "How many weeks the trend shows, ending with the week checked (1–52).": "推移に表示する週の数。チェックする週で終わる（1〜52）。",
        "Also write each rep's weekly visit mix as an SVG chart (replaces the file).": "担当者ごとの週の訪問の内訳をSVGのグラフとしても書き出す（ファイルは置き換える）。",
        "A workspace whose segment history adds each rep's B→A moves this quarter and a bar per month.":
            "領域の履歴から、担当者ごとの今四半期のB→Aの移動と月ごとの棒を加えるワークスペース。",
        "The engine: postgres, duckdb or spark.": "エンジン：postgres・duckdb・spark。",
        "The customers (with --rollup, the accounts): a table (schema.table) or a CSV file (a path ending in .csv).":
            "顧客（--rollup のときは取引先）：表（schema.table）か、CSVファイル（.csv で終わるパス）。",
        "Roll the record axis up from these opportunities (a table or a CSV file): won deals give orders, sales and profit.":
            "取り引き実績の軸をこの商談（表かCSVファイル）から集計する：受注した商談が受注件数・売上・粗利になる。",
        "Name the opportunities' columns: account=…,rep=…,stage=…,amount=…,margin=…,dates=a+b,won=Won+Closed Won.":
            "商談の列を「役割=列名」をコンマでつないで指定する。役割は account・rep・stage・amount・margin・dates・won で、dates と won の複数の値は + でつなぐ（例：dates=a+b、won=Won+Closed Won）。",
        "With --rollup: print only the roll-up (customers in the canonical columns), not the classification.":
            "--rollup のとき：分類ではなく集計（標準の列の顧客）だけを出力する。",
    ]
}
