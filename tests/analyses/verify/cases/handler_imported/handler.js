// build: --verify
import { handler } from "./impl.js";
