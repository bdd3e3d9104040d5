using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using FluentMcp.Orleans.Grains.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FluentMcp.Orleans.Grains.Tools;

/// <summary>
/// Registers tools that the silo runs behind the budget gate, from plain .NET methods. The JSON schema that MCP
/// clients see is made from the method's parameters and their descriptions.
/// </summary>
public static class ToolRegistrationExtensions
{
    /// <summary>Gets the options that tool results and arguments are serialized with: snake_case names.</summary>
    internal static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    /// <summary>
    /// Adds every method of <typeparamref name="TTools"/> marked with <see cref="McpToolAttribute"/>. Instance
    /// methods run on an instance from the silo's services, or made with them when the class is not registered.
    /// Adding the same class again changes nothing.
    /// </summary>
    /// <typeparam name="TTools">The tool class.</typeparam>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddTools<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods
            | DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>(this ISiloBuilder builder)
        where TTools : class
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddMcpTools<TTools>();
        return builder;
    }

    /// <summary>
    /// Adds one tool from a delegate; its parameters are the tool's arguments.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The tool name, which is also the name of its budget.</param>
    /// <param name="kind">Whether the tool is embedded or external.</param>
    /// <param name="description">What the tool does, for the LLM that chooses it.</param>
    /// <param name="handler">The method that runs the tool.</param>
    /// <returns>The silo builder.</returns>
    /// <exception cref="InvalidOperationException">A tool of that name is already registered.</exception>
    public static ISiloBuilder AddTool(
        this ISiloBuilder builder,
        string name,
        ToolKind kind,
        string description,
        Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddMcpTool(name, kind, description, handler);
        return builder;
    }

    /// <summary>
    /// Adds every method of <typeparamref name="TTools"/> marked with <see cref="McpToolAttribute"/>, and the tool
    /// execution services. Adding the same class again changes nothing.
    /// </summary>
    /// <typeparam name="TTools">The tool class.</typeparam>
    /// <param name="services">The silo's services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddMcpTools<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods
            | DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>(this IServiceCollection services)
        where TTools : class
    {
        ArgumentNullException.ThrowIfNull(services);

        AddToolExecution(services);
        if (Registrations(services).Any(r => r.DeclaringType == typeof(TTools)))
        {
            return services;
        }

        var methods = typeof(TTools).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Select(m => (Method: m, Tool: m.GetCustomAttribute<McpToolAttribute>()))
            .Where(m => m.Tool is not null)
            .ToList();
        if (methods.Count == 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TTools).FullName} has no public method marked with [{nameof(McpToolAttribute)}].");
        }

        foreach (var (method, tool) in methods)
        {
            var name = tool!.Name;
            Add(services, name, typeof(TTools), tool.Kind, tool.ChargesBudget, () => FromMethod<TTools>(method, name));
        }

        return services;
    }

    /// <summary>
    /// Adds one tool from a delegate, and the tool execution services.
    /// </summary>
    /// <param name="services">The silo's services.</param>
    /// <param name="name">The tool name, which is also the name of its budget.</param>
    /// <param name="kind">Whether the tool is embedded or external.</param>
    /// <param name="description">What the tool does, for the LLM that chooses it.</param>
    /// <param name="handler">The method that runs the tool.</param>
    /// <returns>The services.</returns>
    /// <exception cref="InvalidOperationException">A tool of that name is already registered.</exception>
    public static IServiceCollection AddMcpTool(
        this IServiceCollection services,
        string name,
        ToolKind kind,
        string description,
        Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ToolBudgetKey.ValidateId(name, "name");

        AddToolExecution(services);
        var options = new AIFunctionFactoryOptions
        {
            Name = name,
            Description = description,
            SerializerOptions = SerializerOptions,
        };
        Add(services, name, null, kind, true, () => AIFunctionFactory.Create(handler, options));
        return services;
    }

    /// <summary>Adds the tool registry, its names for <c>check_tool_budget</c>, and the built-in budget tools.</summary>
    internal static void AddToolExecution(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ToolRegistry)))
        {
            return;
        }

        services.TryAddSingleton<ToolRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IToolNameSource, RegisteredToolNames>());
        services.AddMcpTools<BudgetTools>();
    }

    private static void Add(
        IServiceCollection services,
        string name,
        Type? declaringType,
        ToolKind kind,
        bool chargesBudget,
        Func<AIFunction> factory)
    {
        if (Registrations(services).Any(r => r.Name == name))
        {
            throw new InvalidOperationException($"A tool named '{name}' is already registered.");
        }

        services.AddSingleton(new ToolRegistration(name, declaringType, factory, kind, chargesBudget));
    }

    private static IEnumerable<ToolRegistration> Registrations(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(ToolRegistration) && d.ImplementationInstance is not null)
            .Select(d => (ToolRegistration)d.ImplementationInstance!);

    private static AIFunction FromMethod<TTools>(MethodInfo method, string name)
        where TTools : class
    {
        var options = new AIFunctionFactoryOptions { Name = name, SerializerOptions = SerializerOptions };
        return method.IsStatic
            ? AIFunctionFactory.Create(method, (object?)null, options)
            : AIFunctionFactory.Create(
                method,
                arguments => ActivatorUtilities.GetServiceOrCreateInstance<TTools>(
                    arguments.Services ?? throw new InvalidOperationException("The tool call has no services.")),
                options);
    }

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
        };
        options.MakeReadOnly();
        return options;
    }
}
