# Multi-stage build: SDK + Node to build, the small ASP.NET runtime image to run, as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish Shop.Web -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Shop__DataDirectory=/data \
    Shop__SeedDemoCatalog=false
# Packing slips and invoices (PDF) are drawn with DejaVu Sans; CJK names and addresses and emoji with the fallbacks.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-droid-fallback fonts-symbola \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown app:app /data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Shop.Web.dll"]
