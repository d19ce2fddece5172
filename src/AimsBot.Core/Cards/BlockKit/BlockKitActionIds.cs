namespace AimsBot.Core.Cards.BlockKit;

/// <summary>The action ids of the buttons the translator emits, which the Slack edge dispatches on.</summary>
public static class BlockKitActionIds
{
    /// <summary>The message button that opens a form's modal; its value is the card instance id.</summary>
    public const string OpenForm = "aims.open_form";

    /// <summary>Submit buttons (no inputs): <c>aims.submit.{n}</c>, value = the action's data as JSON.</summary>
    public const string SubmitPrefix = "aims.submit.";

    /// <summary>Open-URL buttons: Slack still sends an action, which needs no handling.</summary>
    public const string UrlPrefix = "aims.url.";
}
