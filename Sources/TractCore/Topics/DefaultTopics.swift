/// The built-in topic set as data; `tract topics --yaml` prints it as a topic file to start from.
extension TopicSet {
    /// The built-in topics, used unless the library has a `topics.yml` or `--topics` names a file.
    /// Built in code rather than parsed, so that start-up does not pay for a YAML parse.
    ///
    /// Heading terms are the clinical vocabulary of section headings in drug articles and reviews
    /// (a sub-section named "Withdrawal" or "QT prolongation" is about safety); priorities settle
    /// headings that name two topics ("Lethal dosage" is safety, "Pharmacology" before "Dosing").
    public static let builtIn = TopicSet(topics: [
        topic("mechanism", "Mechanism", "cyan", priority: 1,
              headings: ["mechanism*", "pharmacolog*", "pharmacodynamic*", "how it works", "how does it work",
                         "mode of action", "modes of action", "neurobiolog*", "neurochemi*", "biology", "pathway*",
                         "receptor*", "receptor binding", "binding", "signaling", "signalling",
                         "agonis*", "antagonis*", "transporter*", "neurotransmi*", "physiolog*"],
              words: [("mechanism*", 2), ("serotonin*", 1), ("dopamine", 1), ("norepinephrine", 1),
                      ("noradrenaline", 1), ("oxytocin", 0.7), ("neurotransmitter*", 1.5), ("receptor*", 1),
                      ("reuptake", 1.5), ("neuron*", 1), ("amygdala", 1), ("brain", 0.5), ("pharmacolog*", 1.5),
                      ("release of", 0.7), ("psychoactive", 0.7), ("hormone*", 0.7), ("neurobiolog*", 1),
                      ("pharmacodynamic*", 1.5), ("agonist*", 1.2), ("antagonist*", 1.2), ("binding", 0.7),
                      ("affinity", 1), ("inhibit*", 0.7), ("enzyme*", 0.7), ("transporter*", 1)]),
        topic("safety", "Safety", "red", priority: 3,
              headings: ["safety", "side effect*", "side-effect*", "risk*", "adverse*", "tolerab*", "precaution*",
                         "contraindicat*", "toxicit*", "neurotoxic*", "toxic", "harm*", "danger*", "warning*",
                         "hazard*", "overdos*", "withdrawal", "dependence", "addiction*", "addictive", "abuse",
                         "tolerance", "interaction*", "pregnan*", "breastfeed*", "lactation", "suicid*", "death*",
                         "lethal", "fatal*", "poison*", "intoxicat*", "complication*", "boxed warning"],
              words: [("safety", 1.5), ("side effect*", 2.5), ("risk*", 1.2), ("potential risk*", 1.5),
                      ("risk* associated", 1.5), ("adverse", 2), ("tolerab*", 1.5), ("precaution*", 1.5),
                      ("contraindicat*", 2), ("toxicit*", 2), ("neurotoxic*", 2), ("harm*", 1), ("dehydration", 1.5),
                      ("hyperthermia", 1.5), ("blood pressure", 1.5), ("heart rate", 1.5), ("nausea", 1.5),
                      ("anxiety attack*", 1), ("medical supervision", 1.5), ("monitor*", 0.7), ("overdose", 1.5),
                      ("dangerous", 1), ("withdrawal", 1.2), ("dependence", 1.2), ("interaction*", 1),
                      ("pregnancy", 1), ("suicid*", 1), ("adverse reaction*", 2), ("fatal*", 1.2), ("death*", 0.7),
                      ("poisoning", 1.5), ("intoxication", 1.2)]),
        topic("future-research", "Future research", "magenta", priority: 2,
              headings: ["future*", "open question*", "next step*", "what researchers want to know", "research gap*",
                         "outlook", "unanswered", "further research", "research direction*", "limitation*",
                         "ongoing research", "research agenda", "=research"],
              words: [("future research", 2.5), ("further research", 1.5), ("more research", 1.5), ("more studies", 2),
                      ("further studies", 2), ("future studies", 2), ("ongoing studies", 1.5),
                      ("research is needed", 1.5), ("studies are needed", 1.5), ("open question*", 2),
                      ("unanswered", 2), ("early stage*", 1.5), ("investigat*", 0.7), ("explor*", 0.5), ("future", 1),
                      ("larger", 0.7), ("limitation*", 1)]),
        topic("efficacy", "Efficacy", "green", priority: 1,
              headings: ["efficacy", "effectiveness", "clinical trial*", "outcome*", "benefit*", "beneficial", "effective"],
              words: [("efficacy", 2), ("effective*", 1.5), ("clinical trial*", 1.5), ("trial*", 0.7),
                      ("participants", 1), ("placebo", 2), ("reduction in", 1), ("reductions in", 1),
                      ("significant*", 1), ("improvement*", 1), ("remission", 2), ("response rate*", 2),
                      ("symptoms", 0.5), ("sustained", 1), ("long-lasting", 1), ("long-term", 0.7)]),
        topic("dosage", "Dosage", "yellow",
              headings: ["dosage*", "dose", "doses", "dosing", "administration", "regimen*", "how much", "route*",
                         "intravenous", "intramuscular", "subcutaneous", "intranasal", "inhalation", "sublingual",
                         "insufflation"],
              words: [("dosage*", 2.5), ("dose*", 2), ("dosing", 2.5), ("milligram*", 2), ("mg", 2), ("regimen*", 1.5),
                      ("administer*", 1), ("body weight", 1.5), ("titrat*", 2)]),
        topic("conclusion", "Conclusion", "blue", priority: 2,
              headings: ["conclusion*", "summary", "final*", "closing", "takeaway*", "concluding", "wrap-up",
                         "in short"],
              words: [("in conclusion", 6), ("in summary", 6), ("to summarize", 6), ("to conclude", 6),
                      ("in short", 3), ("overall", 1)]),
    ], origin: "built-in", threshold: 0.5, neutralHeadings: neutral, usesModel: true)

    /// Headings of sections about none of the topics: a document's method, a drug's history, chemistry,
    /// law and names, and reference lists.
    private static let neutral = ([
        "method*", "methodology", "materials", "statistical", "search strategy", "history", "historical",
        "chemistry", "synthesis", "biosynthesis", "legal", "law", "laws", "regulation*", "etymology", "name*",
        "culture", "detection", "measurement", "production", "economics", "description", "occurrence",
    ] + ReferenceList.headings).map { Term($0) }

    private static func topic(_ id: String, _ label: String, _ color: String, priority: Int = 0, headings: [String],
                              words: [(String, Double)]) -> Topic {
        Topic(id: id, label: label, color: color, headingTerms: headings.map { Term($0) },
              bodyTerms: words.map { Term($0.0, weight: $0.1) }, priority: priority)
    }
}
