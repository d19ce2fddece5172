namespace AimsBot.Core.Cards.Templating;

/// <summary>An evaluation outcome: a value, or an error message (Adaptive Expressions' <c>{value, error}</c>).</summary>
internal readonly record struct EvalResult(object? Value, string? Error)
{
    public static EvalResult Of(object? value) => new(value, null);

    public static EvalResult Fail(string error) => new(Undefined.Value, error);
}
