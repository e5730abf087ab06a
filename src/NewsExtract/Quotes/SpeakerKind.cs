namespace NewsExtract.Quotes;

/// <summary>What sort of phrase names a speaker.</summary>
internal enum SpeakerKind
{
    Name,
    Pronoun,
    Source,
}
