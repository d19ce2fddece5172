using System.Text.Json.Nodes;

namespace AimsBot.Tests.Core.Cards;

/// <summary>What the reference engine produced: the expanded JSON, or the error it threw.</summary>
public sealed record ReferenceExpansion(JsonNode? Card, string? Error);
