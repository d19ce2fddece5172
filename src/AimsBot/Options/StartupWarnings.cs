using AimsBot.Core.Governance.Approvals;
using Microsoft.Extensions.Options;

namespace AimsBot.Settings;

/// <summary>Says at start which settings loosen a rule, so nobody runs them in production unknowingly.</summary>
public sealed partial class StartupWarnings(IOptions<ApprovalOptions> approval, ILogger<StartupWarnings> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (approval.Value.AllowSelfApproval)
        {
            Log.SelfApprovalAllowed(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Approval:AllowSelfApproval is on: people may decide on their own requests. Use it only to try the bot alone, never in production.")]
        public static partial void SelfApprovalAllowed(ILogger logger);
    }
}
