using System.Security.Cryptography;
using AimsBot.Settings;
using AimsBot.Teams.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace AimsBot.Tests.Teams;

public sealed class BotFrameworkTokenValidatorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TestBotKeys _keys;
    private readonly BotFrameworkTokenValidator _validator;

    public BotFrameworkTokenValidatorTests()
    {
        _keys = new TestBotKeys(_time);
        _validator = Create(TestBotKeys.AppId);
    }

    public void Dispose()
    {
        _validator.Dispose();
    }

    [Fact]
    public async Task Validator_Accepts_Valid_Channel_Token()
    {
        // Act
        var result = await ValidateChannelAsync(_keys.ChannelToken());

        // Assert
        Assert.True(result.Succeeded, result.Failure);
        Assert.False(result.Anonymous);
    }

    [Fact]
    public async Task Validator_Accepts_ServiceUrl_Claim_That_Differs_Only_In_Case()
    {
        // Act
        var result = await _validator.ValidateAsync("Bearer " + _keys.ChannelToken(), "msteams", TestBotKeys.ServiceUrl.ToUpperInvariant(), Ct);

        // Assert
        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Validator_Rejects_Token_Expired_Beyond_The_Clock_Skew()
    {
        // Act
        var expired = await ValidateChannelAsync(_keys.ChannelToken(expiresIn: TimeSpan.FromMinutes(-6)));
        var withinSkew = await ValidateChannelAsync(_keys.ChannelToken(expiresIn: TimeSpan.FromMinutes(-4)));

        // Assert
        Assert.False(expired.Succeeded);
        Assert.True(withinSkew.Succeeded, withinSkew.Failure);
    }

    [Fact]
    public async Task Validator_Rejects_Token_For_Another_Audience()
    {
        // Act
        var result = await ValidateChannelAsync(_keys.ChannelToken(audience: "11111111-2222-3333-4444-555555555555"));

        // Assert
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Validator_Rejects_Unknown_Issuer_Before_Fetching_Keys()
    {
        // Act
        var result = await ValidateChannelAsync(_keys.ChannelToken(issuer: "https://issuer.example.com"));

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.Failure, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _keys.Documents.Fetches(TestBotKeys.ChannelMetadataUrl));
    }

    [Fact]
    public async Task Validator_Rejects_Token_With_Bad_Signature()
    {
        // Arrange: same kid, signed by a key the JWKS does not hold.
        using var impostor = RSA.Create(2048);

        // Act
        var result = await ValidateChannelAsync(_keys.ChannelToken(signWith: impostor));

        // Assert
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Validator_Rejects_Unsigned_Alg_None_Token()
    {
        // Act
        var result = await ValidateChannelAsync(_keys.UnsignedChannelToken());

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains("algorithm", result.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validator_Rejects_Algorithms_Other_Than_RS256_384_512()
    {
        // Act
        var pss = await ValidateChannelAsync(_keys.ChannelToken(algorithm: SecurityAlgorithms.RsaSsaPssSha256));
        var rs512 = await ValidateChannelAsync(_keys.ChannelToken(algorithm: SecurityAlgorithms.RsaSha512));

        // Assert
        Assert.False(pss.Succeeded);
        Assert.True(rs512.Succeeded, rs512.Failure);
    }

    [Fact]
    public async Task Validator_Rejects_ServiceUrl_Mismatch()
    {
        // Act
        var result = await _validator.ValidateAsync("Bearer " + _keys.ChannelToken(), "msteams", "https://smba.trafficmanager.net/emea/", Ct);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validator_Rejects_Channel_The_Signing_Key_Is_Not_Endorsed_For()
    {
        // Act
        var result = await _validator.ValidateAsync("Bearer " + _keys.ChannelToken(), "slack", TestBotKeys.ServiceUrl, Ct);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validator_Checks_Endorsements_Of_The_Key_That_Signed()
    {
        // Arrange: key-a is endorsed for msteams, key-b (which signs) only for webchat, key-c has none.
        _keys.PublishChannelKeys(("key-a", ["msteams"]), ("key-b", ["webchat"]), ("key-c", null));

        // Act
        var byB = await ValidateChannelAsync(_keys.ChannelToken(kid: "key-b"));
        var byC = await ValidateChannelAsync(_keys.ChannelToken(kid: "key-c"));
        var byA = await ValidateChannelAsync(_keys.ChannelToken(kid: "key-a"));

        // Assert
        Assert.False(byB.Succeeded);
        Assert.False(byC.Succeeded);
        Assert.True(byA.Succeeded, byA.Failure);
    }

    [Fact]
    public async Task Validator_Refreshes_Keys_On_Unknown_Kid_At_Most_Hourly()
    {
        // Arrange: keys are cached, then rotated.
        Assert.True((await ValidateChannelAsync(_keys.ChannelToken())).Succeeded);
        _keys.PublishChannelKeys(("channel-key-1", ["msteams"]), ("rotated-key", ["msteams"]));

        // Act
        var rotated = await ValidateChannelAsync(_keys.ChannelToken(kid: "rotated-key"));
        var fetchesAfterRotation = _keys.Documents.Fetches(TestBotKeys.ChannelKeysUrl);
        var unknown = await ValidateChannelAsync(_keys.ChannelToken(kid: "never-published"));
        var fetchesAfterUnknown = _keys.Documents.Fetches(TestBotKeys.ChannelKeysUrl);
        _time.Advance(TimeSpan.FromMinutes(61));
        var unknownLater = await ValidateChannelAsync(_keys.ChannelToken(kid: "never-published"));

        // Assert
        Assert.True(rotated.Succeeded, rotated.Failure);
        Assert.Equal(2, fetchesAfterRotation);
        Assert.False(unknown.Succeeded);
        Assert.Equal(2, fetchesAfterUnknown);
        Assert.False(unknownLater.Succeeded);
        Assert.Equal(3, _keys.Documents.Fetches(TestBotKeys.ChannelKeysUrl));
    }

    [Fact]
    public async Task Validator_Refetches_Metadata_After_24_Hours()
    {
        // Arrange
        Assert.True((await ValidateChannelAsync(_keys.ChannelToken())).Succeeded);

        // Act
        _time.Advance(TimeSpan.FromHours(23));
        await ValidateChannelAsync(_keys.ChannelToken());
        var before = _keys.Documents.Fetches(TestBotKeys.ChannelMetadataUrl);
        _time.Advance(TimeSpan.FromHours(1));
        await ValidateChannelAsync(_keys.ChannelToken());

        // Assert
        Assert.Equal(1, before);
        Assert.Equal(2, _keys.Documents.Fetches(TestBotKeys.ChannelMetadataUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic abc")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Validator_Rejects_Header_Not_Exactly_Bearer_Token(string? header)
    {
        // Act
        var result = await _validator.ValidateAsync(header is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, header, _keys.ChannelToken()), "msteams", TestBotKeys.ServiceUrl, Ct);

        // Assert
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Validator_Accepts_Emulator_Tokens_By_Version(string version)
    {
        // Act
        var result = await _validator.ValidateAsync("Bearer " + _keys.EmulatorToken(version), "emulator", "http://localhost:50000", Ct);

        // Assert
        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(0, _keys.Documents.Fetches(TestBotKeys.ChannelMetadataUrl));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    [InlineData("")]
    [InlineData("3.0")]
    public async Task Validator_Rejects_Emulator_Token_For_Another_App_Or_Without_Known_Version(string version)
    {
        // Arrange
        var token = version is "1.0" or "2.0"
            ? _keys.EmulatorToken(version, appId: "11111111-2222-3333-4444-555555555555")
            : _keys.EmulatorToken(version);

        // Act
        var result = await _validator.ValidateAsync("Bearer " + token, "emulator", "http://localhost:50000", Ct);

        // Assert
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Validator_Rejects_Emulator_Tokens_When_The_Emulator_Is_Not_Allowed()
    {
        // Arrange
        using var validator = Create(TestBotKeys.AppId, allowEmulator: false);

        // Act
        var result = await validator.ValidateAsync("Bearer " + _keys.EmulatorToken("1.0"), "emulator", "http://localhost:50000", Ct);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains("AllowEmulator", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", "https://sts.windows.net/{0}/")]
    [InlineData("2.0", "https://login.microsoftonline.com/{0}/v2.0")]
    public async Task Validator_Accepts_Emulator_Tokens_Only_From_The_Emulator_Or_The_Bots_Own_Tenant(string version, string issuerFormat)
    {
        // Arrange: any Entra tenant can issue a token naming itself; only the configured one counts.
        const string Stranger = "0b5e9a3c-0000-4000-8000-00000000abcd";
        var foreign = _keys.EmulatorToken(version, issuer: string.Format(System.Globalization.CultureInfo.InvariantCulture, issuerFormat, Stranger), tenant: Stranger);
        var own = _keys.EmulatorToken(version, issuer: string.Format(System.Globalization.CultureInfo.InvariantCulture, issuerFormat, TestBotKeys.TenantId), tenant: TestBotKeys.TenantId);

        // Act
        var foreignResult = await _validator.ValidateAsync("Bearer " + foreign, "emulator", "http://localhost:50000", Ct);
        var ownResult = await _validator.ValidateAsync("Bearer " + own, "emulator", "http://localhost:50000", Ct);

        // Assert
        Assert.False(foreignResult.Succeeded);
        Assert.True(ownResult.Succeeded, ownResult.Failure);
    }

    [Fact]
    public async Task Validator_Accepts_Anything_Anonymously_In_No_Auth_Mode()
    {
        // Arrange
        using var validator = Create(appId: "");

        // Act
        var result = await validator.ValidateAsync(null, "msteams", "http://localhost:56150/_connector", Ct);

        // Assert
        Assert.True(result.Succeeded);
        Assert.True(result.Anonymous);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<BotAuthResult> ValidateChannelAsync(string token) =>
        _validator.ValidateAsync("Bearer " + token, "msteams", TestBotKeys.ServiceUrl, Ct);

    private BotFrameworkTokenValidator Create(string appId, bool allowEmulator = true) => new(
        MsOptions.Create(new BotOptions { MicrosoftAppId = appId, MicrosoftAppTenantId = TestBotKeys.TenantId, MicrosoftAppPassword = "secret" }),
        MsOptions.Create(new TeamsOptions { ChannelOpenIdMetadataUrl = TestBotKeys.ChannelMetadataUrl, EmulatorOpenIdMetadataUrl = TestBotKeys.EmulatorMetadataUrl, AllowEmulator = allowEmulator }),
        _keys.Documents,
        _time,
        NullLogger<BotFrameworkTokenValidator>.Instance);
}
