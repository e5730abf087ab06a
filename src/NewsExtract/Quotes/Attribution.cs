namespace NewsExtract.Quotes;

/// <summary>The words that attribute a quote: the cue as written, who it names, and where the cue stands.</summary>
/// <param name="Cue">The cue as written ("said", "according to", "—"), or <see langword="null"/> when a colon alone introduces the quote.</param>
/// <param name="Speaker">The speaker phrase next to the cue, or <see langword="null"/>.</param>
/// <param name="Token">Index of the cue's (or speaker's) first token: where the attribution stands.</param>
internal sealed record Attribution(string? Cue, SpeakerPhrase? Speaker, int Token);
