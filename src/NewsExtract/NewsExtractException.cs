namespace NewsExtract;

/// <summary>The base of the exceptions NewsExtract throws for failures it can name.</summary>
public class NewsExtractException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NewsExtractException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NewsExtractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public NewsExtractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
