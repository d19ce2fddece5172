using System.Text.Json;
using AimsBot.Core.Conversations;
using AimsBot.Teams.Activities;

namespace AimsBot.Tests.Teams;

public sealed class TeamsTurnMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mapper_Strips_The_Bot_Mention_And_Lists_Other_Mentions()
    {
        // Arrange
        var activity = Parse("""
            {"type":"message","id":"m1","text":"<at>AimsBot</at> approve <at>Alice</at> now","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
             "from":{"id":"29:bob","name":"Bob","aadObjectId":"aad-bob"},"recipient":{"id":"28:app","name":"AimsBot"},
             "conversation":{"id":"19:c@thread.tacv2","conversationType":"channel"},"channelData":{"tenant":{"id":"tenant-1"}},
             "entities":[{"type":"mention","text":"<at>AimsBot</at>","mentioned":{"id":"28:app","name":"AimsBot"}},
                         {"type":"mention","text":"<at>Alice</at>","mentioned":{"id":"29:alice","name":"Alice"}},
                         {"type":"clientInfo","locale":"en-GB","timezone":"Europe/London"}]}
            """);

        // Act
        var turn = TeamsTurnMapper.ToTurn(activity, Now)!;

        // Assert
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("approve Alice now", turn.Text);
        var mention = Assert.Single(turn.Mentions!);
        Assert.Equal("teams:tenant-1:29:alice", mention.Key);
        Assert.Equal("tenant-1", turn.Conversation.TenantId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", turn.Conversation.ServiceUrl);
        Assert.Equal("28:app", turn.Conversation.BotId);
        Assert.Equal("channel", turn.Conversation.ConversationType);
        Assert.Equal("msteams", turn.Conversation.ChannelId);
        Assert.Equal("aad-bob", turn.User.AadObjectId);
        Assert.Equal("Bob", turn.User.Name);
        Assert.Equal("Europe/London", turn.TimeZone);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal("m1", turn.Id);
    }

    [Fact]
    public void Mapper_Turns_Submit_Value_Into_String_Card_Data()
    {
        // Arrange
        var activity = Parse("""
            {"type":"message","id":"m2","replyToId":"1:card","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:bob"},"recipient":{"id":"28:app"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"t1"},
             "value":{"verb":"register/step1","cardId":"c-1","name":"Chatbot","agree":true,"count":3,"tags":["a","b"],"nested":{"x":1},"empty":null}}
            """);

        // Act
        var turn = TeamsTurnMapper.ToTurn(activity, Now)!;

        // Assert
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("1:card", turn.CardMessageId);
        Assert.Equal("register/step1", turn.Value("verb"));
        Assert.Equal("true", turn.Value("agree"));
        Assert.Equal("3", turn.Value("count"));
        Assert.Equal("[\"a\",\"b\"]", turn.Value("tags"));
        Assert.Equal("{\"x\":1}", turn.Value("nested"));
        Assert.False(turn.Data!.ContainsKey("empty"));
        Assert.Equal("t1", turn.Conversation.TenantId);
    }

    [Fact]
    public void Mapper_Maps_Bot_Added_And_Uninstall_And_Ignores_The_Rest()
    {
        // Arrange
        const string Common = "\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"from\":{\"id\":\"29:bob\"},\"recipient\":{\"id\":\"28:app\"},\"conversation\":{\"id\":\"a:1\",\"tenantId\":\"t1\"}";

        // Act
        var added = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"conversationUpdate\"," + Common + ",\"membersAdded\":[{\"id\":\"29:bob\"},{\"id\":\"28:app\"}]}"), Now);
        var userAdded = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"conversationUpdate\"," + Common + ",\"membersAdded\":[{\"id\":\"29:carol\"}]}"), Now);
        var removed = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"installationUpdate\",\"action\":\"remove\"," + Common + "}"), Now);
        var upgradeRemoved = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"installationUpdate\",\"action\":\"remove-upgrade\"," + Common + "}"), Now);
        var installed = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"installationUpdate\",\"action\":\"add\"," + Common + "}"), Now);
        var typing = TeamsTurnMapper.ToTurn(Parse("{\"type\":\"typing\"," + Common + "}"), Now);

        // Assert
        Assert.Equal(TurnKind.ConversationStarted, added!.Kind);
        Assert.Equal("personal", added.Conversation.ConversationType);
        Assert.Null(userAdded);
        Assert.Equal(TurnKind.Uninstalled, removed!.Kind);
        Assert.Equal(TurnKind.Uninstalled, upgradeRemoved!.Kind);
        Assert.Null(installed);
        Assert.Null(typing);
    }

    [Fact]
    public void Mapper_Takes_Execute_Data_And_Verb_For_An_Invoke()
    {
        // Arrange
        var activity = Parse("""
            {"type":"invoke","name":"adaptiveCard/action","id":"i1","replyToId":"1:card","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:bob"},"recipient":{"id":"28:app"},"conversation":{"id":"a:1","tenantId":"t1"},
             "value":{"action":{"type":"Action.Execute","verb":"approval/decide","data":{"cardId":"c-9","decision":"approve"}},"trigger":"manual"}}
            """);

        // Act
        var turn = TeamsTurnMapper.ToInvokeTurn(activity, activity.Value!.Value.GetProperty("action"), Now);

        // Assert
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("approval/decide", turn.Value("verb"));
        Assert.Equal("c-9", turn.Value("cardId"));
        Assert.Equal("1:card", turn.CardMessageId);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"serviceUrl\":\"https://x.botframework.com/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.botframework.com/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"ftp://x/\"}")]
    public void Mapper_Reports_Activities_Missing_What_A_Turn_Needs(string json)
    {
        // Act / Assert
        Assert.NotNull(TeamsTurnMapper.Problem(Parse(json)));
    }

    private static TeamsActivity Parse(string json) => JsonSerializer.Deserialize<TeamsActivity>(json, TeamsJson.Options)!;
}
