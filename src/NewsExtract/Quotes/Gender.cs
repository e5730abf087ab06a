namespace NewsExtract.Quotes;

/// <summary>The grammatical gender or number a pronoun or a person's name shows.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
    Plural,
}
