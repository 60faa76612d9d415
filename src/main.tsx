import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startStorage } from "./store/start-storage";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Reads what is stored (problems included) before the first render, then saves every change.
startStorage();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
