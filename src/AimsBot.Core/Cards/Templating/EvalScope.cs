namespace AimsBot.Core.Cards.Templating;

/// <summary>
/// What an expression sees: <c>$root</c> (the bound data), <c>$data</c> (the current <c>$data</c> scope,
/// <see cref="Undefined"/> meaning "not set", so <c>$root</c>) and <c>$index</c> (set inside an array
/// repetition).
/// </summary>
internal sealed record EvalScope(object? Root, object? Data, object? Index)
{
    public object? CurrentData => Data is Undefined ? Root : Data;
}
