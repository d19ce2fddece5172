using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Integration;

/// <summary>
/// The bot on real Kestrel (127.0.0.1) in its no-auth Development mode, driven by the Microsoft 365
/// Agents Playground (pinned to loopback by <c>node/loopback.js</c>) through the HTTP and WebSocket
/// API its UI uses: typed commands go in, and the Playground's mock Connector must receive the cards.
/// </summary>
[Trait("Category", "E2E")]
public sealed partial class PlaygroundEndToEndTests
{
    private const string ConversationId = "aimsbot-e2e";

    [Fact]
    public async Task Playground_Receives_The_Help_And_Registration_Cards()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        string help = "", register = "";

        // Act
        await WithPlaygroundAsync(async (http, frames, arrived) =>
        {
            await SayAsync(http, "help", ct);
            help = await WaitForAsync(frames, arrived, f => f.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) && f.Contains("What I can do", StringComparison.Ordinal), ct);
            await SayAsync(http, "register", ct);
            register = await WaitForAsync(frames, arrived, f => f.Contains("register/next", StringComparison.Ordinal), ct);
        }, ct);

        // Assert
        Assert.Contains("AdaptiveCard", help, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_New_User_Registers_Approves_Completes_And_Moves_To_Production_Through_The_Playground()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        string completed = "", live = "", record = "";

        // Act: register (the owner left empty means me), approve as the committee, complete the record, go live.
        await WithPlaygroundAsync(async (http, frames, arrived) =>
        {
            var chat = new PlaygroundChat(http, frames, arrived, ConversationId);
            await RegisterAndApproveAsync(http, chat, affectsPeople: false, ct);
            await chat.SubmitAsync("register/complete", "Complete the record of AI-0001", [], ct);
            await chat.SubmitAsync("register/next", "Step 1 of 2", new() { ["model"] = "GPT-4o", ["classification"] = "Internal" }, ct);
            await chat.SubmitAsync("register/next", "Step 2 of 2", new() { ["audience"] = "Internal" }, ct);
            completed = await chat.WaitForAsync("Saved", ct);
            await SayAsync(http, "edit AI-0001", ct);
            await chat.SubmitAsync("register/next", "Edit AI-0001", [], ct);
            await chat.SubmitAsync("register/next", "Step 2 of 5", new() { ["stage"] = "InProduction" }, ct);
            for (var step = 3; step <= 5; step++)
            {
                await chat.SubmitAsync("register/next", $"Step {step} of 5", [], ct);
            }

            live = await chat.WaitForAsync("Lifecycle stage", ct);
            await SayAsync(http, "system AI-0001", ct);
            record = await chat.WaitForAsync("\"History\"", ct);
        }, ct);

        // Assert
        Assert.Contains("Underlying model or service", completed, StringComparison.Ordinal);
        Assert.Contains("In development → In production", live, StringComparison.Ordinal);
        Assert.Contains("moved to production", live, StringComparison.Ordinal);
        Assert.Contains("Re-assessment due", record, StringComparison.Ordinal);
        Assert.Contains("Marked for re-assessment (moved to production) by", record, StringComparison.Ordinal);
        Assert.Contains("Registered by", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_New_User_Assesses_Impact_Raises_Treats_And_Accepts_Risks_Through_The_Playground()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        string assessment = "", treated = "", accepted = "", heatmap = "", control = "";

        // Act: a system that needs an impact assessment, approved; the assessment answered and approved; a risk raised
        // from one of its harms, treated with Annex A controls picked by title words; a second risk accepted.
        await WithPlaygroundAsync(async (http, frames, arrived) =>
        {
            var chat = new PlaygroundChat(http, frames, arrived, ConversationId);
            await RegisterAndApproveAsync(http, chat, affectsPeople: true, ct);
            await chat.SubmitAsync("impact-assess/start", "needs an impact assessment", [], ct);
            await chat.SubmitAsync("impact-assess/next", "Step 1 of 5", new() { ["benefits"] = "Contracts read faster" }, ct);
            await chat.SubmitAsync("impact-assess/next", "Step 2 of 5", new() { ["fairnessApplies"] = "true", ["fairnessHarm"] = "Small suppliers' contracts summarised less accurately", ["fairnessSeverity"] = "3", ["fairnessLikelihood"] = "2", ["fairnessReversibility"] = "Reversible" }, ct);
            await chat.SubmitAsync("impact-assess/next", "Step 3 of 5", [], ct);
            await chat.SubmitAsync("impact-assess/next", "Step 4 of 5", new() { ["misuse"] = "Approving contracts unread", ["mitigations"] = "Monthly accuracy sample", ["conclusion"] = "Proceed" }, ct);
            await chat.SubmitAsync("impact-assess/next", "Step 5 of 5", [], ct);
            await chat.SubmitAsync("approval/decide", "Approval needed: impact assessment", new() { ["decision"] = "Approved" }, ct);
            assessment = await chat.WaitForAsync("The committee approved IA-0001", ct);
            await SayAsync(http, "impact IA-0001", ct);
            await chat.SubmitAsync("impact/risk", "Raise a risk from this harm", [], ct);
            await chat.SubmitAsync("risk-new/next", "Step 1 of 4", [], ct);
            await chat.SubmitAsync("risk-new/next", "Step 2 of 4", new() { ["consequenceOrganisation"] = "Poorer terms with small suppliers", ["consequenceSociety"] = "none" }, ct);
            await chat.SubmitAsync("risk-new/next", "Step 3 of 4", new() { ["likelihood"] = "4", ["impact"] = "4", ["existingControls"] = "27001:A.5.19" }, ct);
            await chat.SubmitAsync("risk-new/next", "Step 4 of 4", [], ct);
            await chat.SubmitAsync("risk-treat/start", "Plan the treatment", [], ct);
            await chat.SubmitAsync("risk-treat/next", "Step 1 of 3", new() { ["option"] = "Modify", ["controls"] = "data quality, A.6.2.6", ["plan"] = "Sample ten summaries a month" }, ct);
            await chat.SubmitAsync("risk-treat/next", "Step 2 of 3", new() { ["dueDate"] = "2027-01-15", ["residualLikelihood"] = "2", ["residualImpact"] = "3" }, ct);
            await chat.SubmitAsync("risk-treat/next", "Step 3 of 3", [], ct);
            treated = await chat.WaitForAsync("Treatment planned", ct);
            await SayAsync(http, "risk done R-0001 sampling runs monthly", ct);
            await chat.WaitForAsync("R-0001 treated", ct);
            await SayAsync(http, "risk accept R-0001 sampled monthly", ct);
            accepted = await chat.WaitForAsync("R-0001 accepted", ct);
            await SayAsync(http, "heatmap AI-0001", ct);
            heatmap = await chat.WaitForAsync("Risk heat map", ct);
            await SayAsync(http, "control A.7.4", ct);
            control = await chat.WaitForAsync("Quality of data for AI systems", ct);
        }, ct);

        // Assert
        Assert.Contains("IA-0001", assessment, StringComparison.Ordinal);
        Assert.Contains("High · Treatment planned", treated, StringComparison.Ordinal);
        Assert.Contains("A.7.4, A.6.2.6", treated, StringComparison.Ordinal);
        Assert.Contains("accepted at level Medium", accepted, StringComparison.Ordinal);
        Assert.Contains("\"H 1\"", heatmap, StringComparison.Ordinal);
        Assert.Contains("\"M 1\"", heatmap, StringComparison.Ordinal);
        Assert.Contains("Risk treatment (R-0001)", control, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts the bot on Kestrel and the Playground against it, waits for the Playground, connects to the stream
    /// its UI reads (frames land in the queue), runs <paramref name="session"/>, and stops the Playground.
    /// </summary>
    private static async Task WithPlaygroundAsync(Func<HttpClient, ConcurrentQueue<string>, SemaphoreSlim, Task> session, CancellationToken ct)
    {
        using var factory = new AimsBotFactory();
        var botPort = FreePort();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, botPort));
        factory.StartServer();

        var work = Directory.CreateTempSubdirectory("aimsbot-playground-");
        using var playground = StartPlayground(botPort, FreePort(), work.FullName);
        try
        {
            var port = await ListeningPortAsync(playground, ct);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            (await http.GetAsync("/_internal/v1/config", ct)).EnsureSuccessStatusCode();
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), ct);
            var frames = new ConcurrentQueue<string>();
            var arrived = new SemaphoreSlim(0);
            _ = ReadFramesAsync(socket, frames, arrived, ct);
            await session(http, frames, arrived);
        }
        finally
        {
            playground.Kill(entireProcessTree: true);
            await playground.WaitForExitAsync(CancellationToken.None);
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Logs still being flushed: the OS temp cleaner takes them.
            }
        }
    }

    private static Process StartPlayground(int botPort, int port, string workingDirectory)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        foreach (var argument in new[]
        {
            "--require", Path.Combine(NodeTool.Directory, "loopback.js"),
            Path.Combine(NodeTool.Directory, "node_modules", ".bin", "agentsplayground"),
            "--app-endpoint", $"http://127.0.0.1:{botPort}/api/messages",
            "--channel-id", "msteams",
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--conversation-id", ConversationId,
            "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The Agents Playground did not start.");
    }

    /// <summary>The port from the Playground's "Listening on N" line (it silently moves off a busy port).</summary>
    private static async Task<int> ListeningPortAsync(Process playground, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        _ = playground.StandardError.ReadToEndAsync(timeout.Token);
        while (await playground.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                _ = playground.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("The Agents Playground exited before listening.");
    }

    /// <summary>
    /// Registers "Contract Summariser" through the three cards and approves it as the committee; when
    /// <paramref name="affectsPeople"/>, it uses personal data and has significant effects, so it needs an impact assessment.
    /// </summary>
    private static async Task RegisterAndApproveAsync(HttpClient http, PlaygroundChat chat, bool affectsPeople, CancellationToken ct)
    {
        Dictionary<string, string> data = new() { ["source"] = "Saas", ["supplier"] = "Acme AI", ["stage"] = "InDevelopment", ["jurisdictions"] = "UK" };
        Dictionary<string, string> people = new() { ["affectedPeople"] = "Suppliers' staff", ["autonomy"] = "HumanInTheLoop", ["oversight"] = "A lawyer reads every summary" };
        if (affectsPeople)
        {
            data["personalData"] = "true";
            data["dataCategories"] = "Supplier contacts";
            people["significantEffects"] = "true";
        }

        await SayAsync(http, "register", ct);
        await chat.SubmitAsync("register/next", "Step 1 of 3", new() { ["name"] = "Contract Summariser", ["purpose"] = "Summarise supplier contracts", ["role"] = "Deployer" }, ct);
        await chat.SubmitAsync("register/next", "Step 2 of 3", data, ct);
        await chat.SubmitAsync("register/next", "Step 3 of 3", people, ct);
        await chat.SubmitAsync("approval/decide", "Approval needed: registration", new() { ["decision"] = "Approved" }, ct);
    }

    private static async Task SayAsync(HttpClient http, string text, CancellationToken ct)
    {
        using var content = new StringContent($$"""{"from":{"id":"user-id-0"},"text":"{{text}}","textFormat":"plain"}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"/_conversation/v1/conversations/{ConversationId}/messages", content, ct);
        Assert.True(response.IsSuccessStatusCode, $"The Playground refused the message: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }

    private static async Task ReadFramesAsync(ClientWebSocket socket, ConcurrentQueue<string> frames, SemaphoreSlim arrived, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    frames.Enqueue(Encoding.UTF8.GetString(message.ToArray()));
                    message.SetLength(0);
                    arrived.Release();
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            arrived.Release();
        }
    }

    private static async Task<string> WaitForAsync(ConcurrentQueue<string> frames, SemaphoreSlim arrived, Func<string, bool> match, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (frames.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
