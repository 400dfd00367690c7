import "./i18n/index.ts";
import "./styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { client } from "./apollo.ts";
import { AuthProvider } from "./auth.tsx";
import { ToastProvider } from "./toasts.tsx";

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
