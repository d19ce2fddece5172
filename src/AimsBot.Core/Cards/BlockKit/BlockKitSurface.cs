namespace AimsBot.Core.Cards.BlockKit;

/// <summary>Where blocks go: a message (inputs open a modal), a modal (inputs inline), or the Home tab.</summary>
public enum BlockKitSurface
{
    Message = 1,
    Modal = 2,
    Home = 3,
}
