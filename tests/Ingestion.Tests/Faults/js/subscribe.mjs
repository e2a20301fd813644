// The official SignalR JavaScript client, as a browser would use it: the read key travels as access_token.
// Usage: node subscribe.mjs HUB_URL READ_KEY UNIT — prints every kpi message as one JSON line.
import * as signalR from "@microsoft/signalr";

const [hubUrl, readKey, unit] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(hubUrl, { accessTokenFactory: () => readKey, transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
  .configureLogging(signalR.LogLevel.Warning)
  .build();
connection.on("kpi", (kpi) => console.log(JSON.stringify(kpi)));
await connection.start();
await connection.invoke("Subscribe", unit);
console.log(JSON.stringify({ subscribed: unit }));
