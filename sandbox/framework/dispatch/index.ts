/** `dispatch` (Django: django.dispatch): Signal and the receiver decorator. */
export { Signal, receiver, reset_receivers, type Receiver, type SignalArgs, type ConnectOptions } from "./dispatcher";
