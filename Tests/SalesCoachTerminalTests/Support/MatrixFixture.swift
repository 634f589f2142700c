import SalesCoachCore

@testable import SalesCoachTerminal

/// Fifty-odd customers with Japanese and English names: wide, half-width and full-width
/// characters, long names, a tight cluster, points on the corners and on the cut.
enum MatrixFixture {
    static let points: [MatrixPoint] = [
        MatrixPoint(label: "田中商事", record: 15.1, objective: 65.1, segment: .b),
        MatrixPoint(label: "Bluebird Partners", record: 53.6, objective: 36.6, segment: .c),
        MatrixPoint(label: "山本精機", record: 50.7, objective: 3.7, segment: .c),
        MatrixPoint(label: "Harbor Steel", record: 7.0, objective: 9.1, segment: .d),
        MatrixPoint(label: "佐藤工業", record: 91.3, objective: 90.4, segment: .a),
        MatrixPoint(label: "Pine Valley Farms", record: 62.7, objective: 94.8, segment: .a),
        MatrixPoint(label: "鈴木物産", record: 39.7, objective: 97.6, segment: .b),
        MatrixPoint(label: "Redwood Analytics", record: 48.4, objective: 55.9, segment: .b),
        MatrixPoint(label: "高橋製作所", record: 11.8, objective: 30.8, segment: .d),
        MatrixPoint(label: "Summit Medical", record: 18.1, objective: 58.2, segment: .b),
        MatrixPoint(label: "伊藤電機", record: 37.2, objective: 54.8, segment: .b),
        MatrixPoint(label: "Orion Freight", record: 6.0, objective: 20.6, segment: .d),
        MatrixPoint(label: "渡辺運輸", record: 42.8, objective: 31.4, segment: .d),
        MatrixPoint(label: "Silverline Tech", record: 89.8, objective: 90.9, segment: .a),
        MatrixPoint(label: "中村化成", record: 69.9, objective: 24.4, segment: .c),
        MatrixPoint(label: "Crescent Paper", record: 52.5, objective: 87.5, segment: .a),
        MatrixPoint(label: "小林食品", record: 46.2, objective: 57.9, segment: .b),
        MatrixPoint(label: "Lakeside Printing", record: 41.8, objective: 75.7, segment: .b),
        MatrixPoint(label: "加藤建設", record: 48.9, objective: 3.9, segment: .d),
        MatrixPoint(label: "Granite Works", record: 76.5, objective: 57.3, segment: .a),
        MatrixPoint(label: "吉田印刷", record: 31.4, objective: 69.5, segment: .b),
        MatrixPoint(label: "Evergreen Retail", record: 58.0, objective: 45.6, segment: .c),
        MatrixPoint(label: "山田製薬", record: 91.8, objective: 91.4, segment: .a),
        MatrixPoint(label: "Kestrel Aero", record: 6.1, objective: 70.1, segment: .b),
        MatrixPoint(label: "松本鉄工", record: 99.3, objective: 82.2, segment: .a),
        MatrixPoint(
            label: "Nimbus Cloud Services International", record: 46.5, objective: 57.0, segment: .b
        ),
        MatrixPoint(label: "井上繊維", record: 46.2, objective: 16.8, segment: .d),
        MatrixPoint(label: "Ironbridge Tools", record: 5.9, objective: 76.8, segment: .b),
        MatrixPoint(label: "木村産業", record: 24.8, objective: 39.1, segment: .d),
        MatrixPoint(label: "Cobalt Mining", record: 8.1, objective: 44.9, segment: .d),
        MatrixPoint(label: "林電子", record: 88.3, objective: 81.9, segment: .a),
        MatrixPoint(label: "Willow Home", record: 89.1, objective: 91.2, segment: .a),
        MatrixPoint(label: "清水開発", record: 88.4, objective: 95.8, segment: .a),
        MatrixPoint(label: "Falcon Motors", record: 17.6, objective: 23.2, segment: .d),
        MatrixPoint(label: "池田ホールディングス", record: 46.9, objective: 56.8, segment: .b),
        MatrixPoint(label: "Atlas Packaging", record: 0.4, objective: 41.9, segment: .d),
        MatrixPoint(label: "橋本テクノ", record: 56.6, objective: 95.3, segment: .a),
        MatrixPoint(label: "Sunrise Dental", record: 51.5, objective: 61.8, segment: .a),
        MatrixPoint(label: "株式会社ヤマトシステム開発サービス", record: 5.4, objective: 90.0, segment: .b),
        MatrixPoint(label: "Quartz Labs", record: 87.5, objective: 79.8, segment: .a),
        MatrixPoint(label: "ｻｸﾗ精機", record: 89.6, objective: 90.3, segment: .a),
        MatrixPoint(label: "Beacon Insurance", record: 6.2, objective: 6.7, segment: .d),
        MatrixPoint(label: "𠮷野フーズ", record: 16.2, objective: 34.0, segment: .d),
        MatrixPoint(label: "Delta Textiles", record: 45.0, objective: 55.5, segment: .b),
        MatrixPoint(label: "Ａ＆Ｋトレーディング", record: 36.4, objective: 2.6, segment: .d),
        MatrixPoint(label: "Tidewater Marine", record: 61.4, objective: 14.9, segment: .c),
        MatrixPoint(label: "北海道みらい物流", record: 34.7, objective: 36.4, segment: .d),
        MatrixPoint(label: "Café Noir", record: 84.9, objective: 99.3, segment: .a),
        MatrixPoint(label: "青葉メディカル", record: 48.4, objective: 8.6, segment: .d),
        MatrixPoint(label: "Zero Corner KK", record: 0.0, objective: 0.0, segment: .d),
        MatrixPoint(label: "満点商会", record: 100.0, objective: 100.0, segment: .a),
        MatrixPoint(label: "On The Cut", record: 50.0, objective: 50.0, segment: .a),
    ]
}
