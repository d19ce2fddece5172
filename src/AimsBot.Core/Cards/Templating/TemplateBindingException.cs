namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// A card template cannot be compiled (unsupported or malformed expression) or bound (an expression
/// failed where the reference engine fails too). It points at a template bug, never at user input.
/// </summary>
public sealed class TemplateBindingException : Exception
{
    public TemplateBindingException()
    {
    }

    public TemplateBindingException(string message)
        : base(message)
    {
    }

    public TemplateBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
