using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// A query predicate with one parameter (<c>@0</c>), parsed once per thread instead of on every call:
/// LiteDB translates a LINQ predicate to text and parses that text on every call, which cost more
/// than the lookup itself on the turn path. The parameter is set on the thread's own copy just before
/// the query runs, so threads never share one.
/// </summary>
public sealed class ParsedQuery(string predicate) : IDisposable
{
    private readonly ThreadLocal<BsonExpression> _parsed = new(() => BsonExpression.Create(predicate, BsonValue.Null));

    /// <summary>The predicate with <paramref name="value"/> as its parameter, for a query on this thread.</summary>
    public BsonExpression With(BsonValue value)
    {
        var expression = _parsed.Value!;
        expression.Parameters["0"] = value;
        return expression;
    }

    public void Dispose() => _parsed.Dispose();
}
