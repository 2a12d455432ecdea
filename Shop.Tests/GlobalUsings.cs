// What most test files use; a file names only what is particular to it.
global using System.Net;
global using System.Text;
global using System.Text.RegularExpressions;
global using AngleSharp.Dom;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using Shop.Domain;
global using Shop.Domain.Catalog;
global using Shop.Domain.Ordering;
global using Shop.Tests.Support;
global using Shop.Web.Account;
global using Shop.Web.Admin.Audit;
global using Shop.Web.Data;
global using Shop.Web.Payments;
global using Shop.Web.Payments.Simulated;
