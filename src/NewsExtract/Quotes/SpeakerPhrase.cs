namespace NewsExtract.Quotes;

/// <summary>Who a cue attributes speech to, as written next to it.</summary>
/// <param name="Text">The name, pronoun or source ("Kabulov", "he", "the ministry").</param>
/// <param name="Kind">What sort of phrase it is.</param>
/// <param name="Role">A role given with the name ("the envoy", "Commerce Minister"), or <see langword="null"/>.</param>
/// <param name="First">Index of the phrase's first token, titles and roles before a name included.</param>
internal sealed record SpeakerPhrase(string Text, SpeakerKind Kind, string? Role, int First)
{
    /// <summary>For a pronoun, the gender or number of whom it stands for.</summary>
    public Gender Gender { get; init; }

    /// <summary>Whether the speaker is named before a relative pronoun that stands for it ("Moss, who said …"): what it says ends with the relative clause.</summary>
    public bool Relative { get; init; }
}
