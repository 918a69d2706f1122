/// Words that carry no topic and no point of their own ("and", "of", "however"): the one list. Compare
/// cuts passages into terms at them (`PointText`), and scripts/train-topics and scripts/train-points
/// read the list from this file (the text between the triple quotes), so the tables they make leave
/// out the same words.
enum FunctionWords {
    static let all: Set<String> = Set("""
        a an the and or nor but of in on at to by for with from as is are was were be been being it its this that these \
        those which who whom whose has have had having not no can may might must such also than other others more most \
        some all any into their there they them he she his her him we our you your between after before during while \
        about over under both each only would could should will shall very within without upon per via then when where \
        what how why if so do does did doing done one two three however although though because since thus therefore \
        hence yet still even i me my us itself themselves himself herself whether either neither until unless among \
        amongst against along across around through throughout like well much many few several often usually just again \
        further here etc vs et al include includes including included namely
        """.split(separator: " ").map(String.init))
}
