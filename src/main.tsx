import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startAddressSync } from "./app/address";
import { App } from "./app/App";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The conversation named in the address is open before the first render.
startAddressSync();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
