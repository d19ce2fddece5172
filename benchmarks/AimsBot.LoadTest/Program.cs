using AimsBot.LoadTest;

// A second process for load on loopback: a bare endpoint, a fake Bot Connector, and the drivers.
return args.FirstOrDefault() switch
{
    "bare" => await BareEndpoint.RunAsync(Arguments.Parse(args)),
    "load" => await LoadDriver.RunAsync(Arguments.Parse(args)),
    "slash" => await LoadDriver.RunSlashAsync(Arguments.Parse(args)),
    "register" => await RegistrationDriver.RunAsync(Arguments.Parse(args)),
    "verify-inbox" => InboxVerifier.Run(Arguments.Parse(args)),
    "connector" => await FakeConnector.RunStandaloneAsync(Arguments.Parse(args)),
    "shared-load" => await SharedLoad.RunAsync(Arguments.Parse(args)),
    "verify-shared" => SharedVerifier.Run(Arguments.Parse(args)),
    "campaign-seed" => CampaignSeed.Run(Arguments.Parse(args)),
    "campaign" => await CampaignConnector.RunAsync(Arguments.Parse(args)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          bare --port 5099                                  a server that only answers 200
          connector --port 5098 [--report-every 10]         a fake Bot Connector answering 201 {id} (sends so far, every 10 s)
          load --url http://127.0.0.1:3978/api/messages --rate 500 --seconds 20 --service-url http://127.0.0.1:5098/
          load ... --reply-port 5088 [--outage-at 5 --outage-seconds 30] [--reply-wait 120]
                                                            be the Connector too: activity → reply latency; delivered,
                                                            duplicated, missing replies; an optional Connector outage;
                                                            [--warmup-seconds 30 --warmup-rate 500]: unmeasured load first
          verify-inbox --db data/aimsbot.db --acked acked.txt   every acknowledged activity is in the inbox and processed
          slash --url http://127.0.0.1:3978/api/slack/commands --secret S --rate 500 --seconds 20
          shared-load --urls http://127.0.0.1:6101/api/messages,http://127.0.0.1:6102/api/messages --rate 500 --seconds 10 --connector-port 6196 --acked-file acked.txt
          verify-shared --connection "Host=127.0.0.1;Port=...;Database=..." --acked acked.txt   (PostgreSQL: run once, no duplicates, conversation order)
          campaign-seed --db data/aimsbot.db --owners 5000 --service-url http://127.0.0.1:5091/   owners with a chat and an attestation due
          campaign --port 5091 --rate 50 --expect 5000 [--timeout 600]   a Connector allowing 50 messages/s (429 beyond):
                                                            time first to last message, refused calls, chats sent twice
          register --url http://127.0.0.1:3978/api/messages --count 10000 --concurrency 64 --connector-port 5097
        """);
    return 2;
}
