/// The built-in topic set as data; `tract topics --yaml` prints it as a topic file to start from.
extension TopicSet {
    /// The built-in topics, used unless the library has a `topics.yml` or `--topics` names a file.
    /// Built in code rather than parsed, so that start-up does not pay for a YAML parse.
    public static let builtIn = TopicSet(topics: [
        topic("mechanism", "Mechanism", "cyan",
              headings: ["mechanism*", "pharmacolog*", "how it works", "how does it work", "mode of action",
                         "neurobiolog*", "neurochemi*", "biology", "pathway*", "how mdma works"],
              words: [("mechanism*", 2), ("serotonin*", 1), ("dopamine", 1), ("norepinephrine", 1),
                      ("noradrenaline", 1), ("oxytocin", 0.7), ("neurotransmitter*", 1.5), ("receptor*", 1),
                      ("reuptake", 1.5), ("neuron*", 1), ("amygdala", 1), ("brain", 0.5), ("pharmacolog*", 1.5),
                      ("release of", 0.7), ("psychoactive", 0.7), ("hormone*", 0.7), ("neurobiolog*", 1)]),
        topic("safety", "Safety", "red",
              headings: ["safety", "side effect*", "risk*", "adverse", "tolerab*", "precaution*", "contraindicat*",
                         "toxicit*", "harm*", "danger*", "warning*", "hazard*"],
              words: [("safety", 1.5), ("side effect*", 2.5), ("risk*", 1.2), ("potential risk*", 1.5),
                      ("risk* associated", 1.5), ("adverse", 2), ("tolerab*", 1.5), ("precaution*", 1.5),
                      ("contraindicat*", 2), ("toxicit*", 2), ("neurotoxic*", 2), ("harm*", 1), ("dehydration", 1.5),
                      ("hyperthermia", 1.5), ("blood pressure", 1.5), ("heart rate", 1.5), ("nausea", 1.5),
                      ("anxiety attack*", 1), ("medical supervision", 1.5), ("monitor*", 0.7), ("overdose", 1.5),
                      ("dangerous", 1)]),
        topic("future-research", "Future research", "magenta",
              headings: ["future*", "open question*", "next step*", "what researchers want to know", "research gap*",
                         "outlook", "unanswered", "further research", "directions"],
              words: [("future research", 2.5), ("further research", 1.5), ("more research", 1.5), ("more studies", 2),
                      ("further studies", 2), ("future studies", 2), ("ongoing studies", 1.5),
                      ("research is needed", 1.5), ("studies are needed", 1.5), ("open question*", 2),
                      ("unanswered", 2), ("early stage*", 1.5), ("investigat*", 0.7), ("explor*", 0.5), ("future", 1),
                      ("larger", 0.7)]),
        topic("efficacy", "Efficacy", "green",
              headings: ["efficacy", "effectiveness", "clinical trial*", "result*", "outcome*", "long-term benefit*",
                         "long-lasting", "success", "benefit*", "evidence", "effective"],
              words: [("efficacy", 2), ("effective*", 1.5), ("clinical trial*", 1.5), ("trial*", 0.7),
                      ("participants", 1), ("placebo", 2), ("reduction in", 1), ("reductions in", 1),
                      ("significant*", 1), ("improvement*", 1), ("remission", 2), ("response rate*", 2),
                      ("symptoms", 0.5), ("sustained", 1), ("long-lasting", 1), ("long-term", 0.7)]),
        topic("dosage", "Dosage", "yellow",
              headings: ["dosage*", "dose*", "dosing", "administration", "regimen*", "how much"],
              words: [("dosage*", 2.5), ("dose*", 2), ("dosing", 2.5), ("milligram*", 2), ("mg", 2), ("regimen*", 1.5),
                      ("administer*", 1), ("body weight", 1.5), ("titrat*", 2)]),
        topic("conclusion", "Conclusion", "blue",
              headings: ["conclusion*", "summary", "final*", "closing", "takeaway*", "concluding", "wrap-up",
                         "in short"],
              words: [("in conclusion", 6), ("in summary", 6), ("to summarize", 6), ("to conclude", 6),
                      ("in short", 3), ("overall", 1)]),
    ], origin: "built-in", threshold: 0.5)

    private static func topic(_ id: String, _ label: String, _ color: String, headings: [String],
                              words: [(String, Double)]) -> Topic {
        Topic(id: id, label: label, color: color, headingTerms: headings.map { Term($0) },
              bodyTerms: words.map { Term($0.0, weight: $0.1) })
    }
}
