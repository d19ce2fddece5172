using System.Net;
using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;
using AimsBot.Slack;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AimsBot.Tests.Slack;

/// <summary>Defect 7 of issue 13: failed look-ups are cached briefly, the caches are bounded, and a 429 does not keep a failure for ever.</summary>
public sealed class SlackPeopleCacheTests : IDisposable
{
    private readonly TranscriptHarness _chat = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly UsersInfo _api = new();

    public void Dispose() => _chat.Dispose();

    private SlackPeople People(int cacheSize = 10_000)
    {
        var options = Options.Create(new SlackOptions { ApiBaseUrl = new Uri("http://127.0.0.1:9/api/"), BotToken = "xoxb-test", UserCacheSize = cacheSize });
        var client = new SlackApiClient(new SingleClientFactory(_api), options, new SlackRateLimits(_time), NullLogger<SlackApiClient>.Instance);
        return new SlackPeople(client, _chat.Get<IConversationStore>(), options, _time, NullLogger<SlackPeople>.Instance);
    }

    private static UserRef Person(string id) => new(Platform.Slack, "T1", id);

    [Fact]
    public async Task A_Failed_Look_Up_Is_Remembered_For_A_Minute_Then_Tried_Again()
    {
        // Arrange: the Web API answers without a user (as with a missing scope).
        using var people = People();
        _api.Answer = _ => (HttpStatusCode.OK, "{\"ok\":true}");

        // Act
        for (var i = 0; i < 50; i++)
        {
            await people.DescribeAsync(Person("U1"), TestContext.Current.CancellationToken);
        }

        var callsWhileRemembered = _api.Calls;
        _time.Advance(TimeSpan.FromSeconds(61));
        await people.DescribeAsync(Person("U1"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, callsWhileRemembered);
        Assert.Equal(2, _api.Calls);
    }

    [Fact]
    public async Task A_Look_Up_Refused_During_A_429_Window_Is_Tried_Again_Once_It_Passes()
    {
        // Arrange: one person's look-up is rate limited for 30 s; another's comes during the window.
        using var people = People();
        _api.Answer = _ => (HttpStatusCode.TooManyRequests, "");
        await people.DescribeAsync(Person("U1"), TestContext.Current.CancellationToken);
        var during = await people.DescribeAsync(Person("U2"), TestContext.Current.CancellationToken);
        _api.Answer = id => (HttpStatusCode.OK, "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"name-" + id + "\",\"tz\":\"Europe/Paris\"}}");

        // Act
        _time.Advance(TimeSpan.FromSeconds(61));
        var after = await people.DescribeAsync(Person("U2"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(during.TimeZone);
        Assert.Equal("name-U2", after.User.Name);
        Assert.Equal("Europe/Paris", after.TimeZone);
    }

    [Fact]
    public async Task The_Look_Up_Cache_Holds_At_Most_Its_Size()
    {
        // Arrange
        using var people = People(cacheSize: 100);
        _api.Answer = id => (HttpStatusCode.OK, "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"n\"}}");

        // Act
        for (var i = 0; i < 400; i++)
        {
            await people.DescribeAsync(Person("U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestContext.Current.CancellationToken);
        }

        // Assert
        Assert.InRange(people.CachedPeople, 1, 100);
    }

    /// <summary>A fake <c>users.info</c> on no network: counts calls and answers per user id.</summary>
    private sealed class UsersInfo : HttpMessageHandler
    {
        private int _calls;

        public Func<string, (HttpStatusCode Status, string Body)> Answer { get; set; } = _ => (HttpStatusCode.OK, "{\"ok\":true}");

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            var (status, body) = Answer(Uri.UnescapeDataString(form.Replace("user=", "", StringComparison.Ordinal)));
            var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
            if (status == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
            }

            return response;
        }
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
