#pragma once
// The window and what only it needs (its query service, its own network manager and client),
// wired onto the objects the application already made — and, with --screenshots, the renderer
// that writes every page and ends the run. Kept apart from application.cpp so the headless
// path does not carry the window's wiring.

#include "core/config/configloader.h"
#include "gui/shell/windowservices.h"

#include <memory>

class QNetworkAccessManager;

namespace bcs {

class ApiServer;
class BallchasingClient;
class Database;
class MainWindow;
class QueryService;
class ScreenshotRenderer;
struct CommandLine;

struct WindowSessionInputs
{
    const CommandLine *commandLine = nullptr;
    const ConfigSources *sources = nullptr; // for checking settings with the loader
    AppConfig config;
    ApiKeyState key;
    LocalApiState api;
    Database *database = nullptr;
    ApiServer *apiServer = nullptr;
    WindowServices services; // sync, key store, limiter, tiers, clock; the rest is made here
};

class WindowSession
{
public:
    explicit WindowSession(WindowSessionInputs inputs);
    ~WindowSession();

    // Shows the window, or starts rendering screenshots (the run ends when they are written).
    void start();

private:
    WindowSessionInputs m_inputs;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BallchasingClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenshotRenderer> m_screenshots;
};

} // namespace bcs
