namespace NewsExtract.Quotes;

/// <summary>The lists a word is on, as flags: one look-up tells every list a word belongs to.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    SingleCue = 1 << 0,
    MultiCueStart = 1 << 1,
    NamingCue = 1 << 2,
    ClauseCue = 1 << 3,
    SourceCue = 1 << 4,
    ObjectCue = 1 << 5,
    CueNoun = 1 << 6,
    BeForm = 1 << 7,
    Complementizer = 1 << 8,
    Coordinator = 1 << 9,
    Preposition = 1 << 10,
    Determiner = 1 << 11,
    NameParticle = 1 << 12,
    Pronoun = 1 << 13,
    Honorific = 1 << 14,
    Auxiliary = 1 << 15,
    NotSpeaker = 1 << 16,
    Time = 1 << 17,
    ClauseOpener = 1 << 18,
    Organisation = 1 << 19,
    SpeechNoun = 1 << 20,
    Function = 1 << 21,
    Female = 1 << 22,
    Male = 1 << 23,

    /// <summary>"by", "von", "par": after a cue, it names the agent of a passive ("was told by").</summary>
    Agent = 1 << 25,

    /// <summary>"who", "which": stands for the speaker named before it ("Moss, who said …").</summary>
    Relative = 1 << 26,

    /// <summary>"but", "while": after a comma, opens a clause of the writer's own, ending a reported one.</summary>
    ClauseEnd = 1 << 27,

    /// <summary>"word", "term", "so-called": words in marks right after it are mentioned, not said.</summary>
    MentionNoun = 1 << 28,

    /// <summary>"some", "others", "half": a share of people that speaks as a subject on its own ("Some said …").</summary>
    Quantifier = 1 << 29,

    /// <summary>"whether", "how", "why": opens a reported question ("asked whether …").</summary>
    Question = 1 << 30,

    /// <summary>A word that makes a paragraph worth reading in full: a cue, or the longest word of a longer cue.</summary>
    Trigger = 1 << 24,
}
