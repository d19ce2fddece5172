using System.Text.Json.Nodes;

namespace AimsBot.Tests.Core.Cards;

/// <summary>One sample bound by the C# binder, expanded by the reference engine, and validated by the SDK.</summary>
public sealed record CardSampleResult(
    string SampleName,
    JsonObject? Card,
    string? BindFailure,
    ReferenceExpansion Expected,
    IReadOnlyList<string> ValidationErrors,
    IReadOnlyList<string> ValidationWarnings);
