namespace AimsBot.Core.Cards;

/// <summary>Where the card templates are read from.</summary>
public sealed class CardsOptions
{
    public const string SectionName = "Cards";

    /// <summary>Folder of <c>*.json</c> templates; empty means <c>cards/</c> beside the binary.</summary>
    public string Directory { get; set; } = "";
}
