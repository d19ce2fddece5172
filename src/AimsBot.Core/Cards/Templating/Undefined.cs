namespace AimsBot.Core.Cards.Templating;

/// <summary>JavaScript's <c>undefined</c>: a value that is not there (distinct from JSON <c>null</c>).</summary>
internal sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    public override string ToString() => "undefined";
}
