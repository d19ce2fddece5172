using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Tests.Core.Governance;

/// <summary>The shipped significant-change rules, one edit at a time (DOMAIN.md's list).</summary>
public sealed class SignificantChangesTests
{
    private static AiSystem Registered() => new()
    {
        Purpose = "Summarise supplier contracts",
        Supplier = "Acme AI",
        Stage = LifecycleStage.InDevelopment,
        PersonalData = true,
        DataCategories = "contract parties",
        DataUses = [DataUse.Input],
        Jurisdictions = ["UK"],
        Autonomy = Autonomy.HumanInTheLoop,
    };

    public static TheoryData<string, string?> Edits => new()
    {
        { "stage=InProduction", "moved to production" },
        { "stage=Testing", null },
        { "categories=contract parties, bank details", "data categories changed" },
        { "jurisdiction=EU", "new jurisdiction: EU" },
        { "autonomy=FullyAutomated", "autonomy raised to fully automated" },
        { "autonomy=HumanInTheLoop", null },
        { "supplier=Contoso", "supplier changed" },
        { "purpose=Draft supplier contracts", "purpose changed" },
        { "model=GPT-4o", null },
        { "recorded model=GPT-4.1", "underlying model changed" },
        { "recorded model=", "underlying model changed" },
        { "recorded model=gpt-4o ", null },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_Edit_Is_Significant_Exactly_When_The_Rules_Say(string edit, string? expected)
    {
        // Arrange
        var before = Registered();
        if (edit.StartsWith("recorded ", StringComparison.Ordinal))
        {
            before.Model = "GPT-4o";
            edit = edit["recorded ".Length..];
        }

        var after = before.Copy();
        var (field, value) = (edit.Split('=')[0], edit.Split('=')[1]);
        switch (field)
        {
            case "stage": after.Stage = Enum.Parse<LifecycleStage>(value); break;
            case "categories": after.DataCategories = value; break;
            case "jurisdiction": after.Jurisdictions = [.. after.Jurisdictions, value]; break;
            case "autonomy": after.Autonomy = Enum.Parse<Autonomy>(value); break;
            case "supplier": after.Supplier = value; break;
            case "purpose": after.Purpose = value; break;
            case "model": after.Model = value; break;
        }

        // Act
        var reasons = SignificantChanges.Detect(before, after);

        // Assert
        Assert.Equal(expected is null ? [] : [expected], reasons);
    }
}
