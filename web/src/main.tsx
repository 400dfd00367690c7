import "./i18n/index.ts";
import "./styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { z } from "zod";
import { App } from "./App.tsx";
import { client } from "./apollo.ts";
import { AuthProvider } from "./auth.tsx";
import { ToastProvider } from "./toasts.tsx";

// The dashboard's Content-Security-Policy has no 'unsafe-eval': zod must not
// compile parsers with new Function (its probe alone logs a CSP violation).
z.config({ jitless: true });

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <ToastProvider>
          <AuthProvider>
            <App />
          </AuthProvider>
        </ToastProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
