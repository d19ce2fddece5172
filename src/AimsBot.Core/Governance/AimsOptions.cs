using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Governance;

/// <summary>The AI management system itself, as document control names it on every SoA export.</summary>
public sealed class AimsOptions
{
    public const string SectionName = "Aims";

    /// <summary>The organisation that runs the AIMS (for example <c>Contoso Ltd</c>).</summary>
    [MaxLength(200)]
    public string Organisation { get; set; } = "";

    /// <summary>The AIMS scope statement (clause 4.3), in a sentence or two.</summary>
    [MaxLength(2000)]
    public string Scope { get; set; } = "";
}
