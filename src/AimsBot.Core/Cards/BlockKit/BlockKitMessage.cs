using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>A card as a Slack message: the blocks, the notification text, and the form it opens, if it has inputs.</summary>
public sealed record BlockKitMessage(JsonArray Blocks, string Text, BlockKitForm? Form);
