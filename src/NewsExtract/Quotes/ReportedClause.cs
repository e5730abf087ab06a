namespace NewsExtract.Quotes;

/// <summary>A reported clause found in a sentence: its tokens, the cue and the speaker phrase.</summary>
/// <param name="First">The clause's first token.</param>
/// <param name="Last">The clause's last token.</param>
/// <param name="Cue">The cue as written.</param>
/// <param name="CueToken">The cue's first token.</param>
/// <param name="Speaker">Who the cue names, or <see langword="null"/> for a question put by no one named ("Asked whether …").</param>
internal sealed record ReportedClause(int First, int Last, string Cue, int CueToken, SpeakerPhrase? Speaker);
