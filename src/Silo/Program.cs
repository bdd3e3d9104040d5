using FluentMcp.Orleans.Silo;

var app = SiloApplication.Create(args);
await app.RunAsync();
