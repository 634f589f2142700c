/// Books of the fresh trials whose questions are kept as tests, shared by
/// the core's tests and the end-to-end sessions so both read the same customers.
public enum TrialBooks {
    /// Trial 34: a Nagoya and Gifu distributor of machine-tool parts, three reps
    /// (kanji, romaji, English), an English name Japanese reps write in kana or
    /// with its place in kanji, a name in full-width Latin letters, Tōkai places.
    public static let tokaiMachineParts = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        ＫＳＫ精機,3200,210,6.5,12,6400,900,2026-09-15,Suzuki Mai
        株式会社東海プレス,6800,480,3.6,18,11000,1300,2026-07-22,Suzuki Mai
        Chubu Robotics,12000,900,12.5,8,5200,700,,Emily Chen
        Hiroshima Bio Labs,3900,120,9.0,6,1500,200,,Emily Chen
        瀬戸セラミック株式会社,1100,195,,11,3900,600,,Suzuki Mai
        美濃化学工業株式会社,3500,230,4.8,10,5800,650,2026-02-18,Suzuki Mai
        羽島ゴム工業,480,40,-0.5,17,6100,880,2026-11-18,Emily Chen
        有限会社鈴木板金,150,14,0.3,29,8200,1400,2026-12-01,Suzuki Mai
        長久手ロジテック,,,,9,3500,400,2026-07-01,Suzuki Mai
        岐阜精工株式会社,2400,120,2.0,40,24000,3200,2026-12-02,加藤 大輔
        岐阜化成株式会社,9800,520,5.5,4,2100,250,2026-06-10,Emily Chen
        可児電子株式会社,4100,260,7.0,9,6300,800,,加藤 大輔
        豊橋モーター株式会社,7200,610,2.5,30,13000,2000,2026-09-20,加藤 大輔
        恵那ワイヤー株式会社,600,45,0.5,35,15000,2300,2026-05-06,加藤 大輔
        多治見タイル機工,300,25,-1.5,3,700,60,2026-01-07,Emily Chen
        """
}
