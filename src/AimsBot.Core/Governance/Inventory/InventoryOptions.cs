using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Governance.Inventory;

/// <summary>Inventory settings (section <c>Inventory</c>).</summary>
public sealed class InventoryOptions
{
    public const string SectionName = "Inventory";

    /// <summary>The ISMS's information classification levels (ISO 27001 A.5.12), lowest first.</summary>
    [MinLength(1)]
    public List<string> Classifications { get; set; } = [];

    /// <summary>The shipped levels, used when none are configured.</summary>
    public static IReadOnlyList<string> DefaultClassifications { get; } = ["Public", "Internal", "Confidential", "Restricted"];
}
