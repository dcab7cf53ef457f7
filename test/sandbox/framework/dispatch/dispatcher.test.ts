import { describe, expect, it } from "vitest";
import { Signal, receiver, reset_receivers } from "../../../../sandbox/framework/dispatch";
import { use_receivers } from "../../../../sandbox/framework/dispatch/dispatcher";

class Sender {}
class Other {}

describe("Signal", () => {
  it("calls receivers with signal, sender and the named arguments, and returns their responses", () => {
    const signal = new Signal<{ n: number }>();
    const fn = ({ sender, n }: { sender: unknown; n: number }) => [sender, n];
    signal.connect(fn);
    expect(signal.send(Sender, { n: 1 })).toEqual([[fn, [Sender, 1]]]);
  });

  it("filters by sender", () => {
    const signal = new Signal();
    const seen: unknown[] = [];
    signal.connect(({ sender }) => seen.push(sender), { sender: Sender });
    signal.send(Other);
    signal.send(Sender);
    expect(seen).toEqual([Sender]);
    expect(signal.has_listeners(Sender)).toBe(true);
    expect(signal.has_listeners(Other)).toBe(false);
  });

  it("connects a receiver (or a dispatch_uid) once per sender", () => {
    const signal = new Signal();
    let calls = 0;
    const fn = () => (calls += 1);
    signal.connect(fn);
    signal.connect(fn);
    signal.connect(() => (calls += 10), { dispatch_uid: "x" });
    signal.connect(() => (calls += 100), { dispatch_uid: "x" });
    signal.send(Sender);
    expect(calls).toBe(11);
  });

  it("disconnects by receiver or dispatch_uid", () => {
    const signal = new Signal();
    const fn = () => 1;
    signal.connect(fn);
    signal.connect(() => 2, { dispatch_uid: "two" });
    expect(signal.disconnect(fn)).toBe(true);
    expect(signal.disconnect(fn)).toBe(false);
    expect(signal.disconnect(undefined, { dispatch_uid: "two" })).toBe(true);
    expect(signal.send(Sender)).toEqual([]);
  });

  it("send() stops at an error, send_robust() returns it", () => {
    const signal = new Signal();
    const boom = new Error("boom");
    const bad = () => {
      throw boom;
    };
    const good = () => "ok";
    signal.connect(bad);
    signal.connect(good);
    expect(() => signal.send(Sender)).toThrow("boom");
    expect(signal.send_robust(Sender)).toEqual([[bad, boom], [good, "ok"]]);
  });

  it("receiver() connects a function to one or several signals", () => {
    const a = new Signal();
    const b = new Signal();
    const fn = receiver([a, b], { sender: Sender })(() => "hi");
    expect(a.send(Sender)).toEqual([[fn, "hi"]]);
    expect(b.send(Sender)).toEqual([[fn, "hi"]]);
  });

  it("reset_receivers() disconnects every receiver, as a new project load does", () => {
    const signal = new Signal();
    signal.connect(() => "first load");
    reset_receivers();
    signal.connect(() => "second load");
    expect(signal.send(Sender).map(([, r]) => r)).toEqual(["second load"]);
  });

  it("use_receivers() brings back a load's receivers, as activating its project does", () => {
    const signal = new Signal();
    const preview = reset_receivers();
    signal.connect(() => "preview");
    reset_receivers(); // the checks' load
    signal.connect(() => "checks");
    use_receivers(preview);
    expect(signal.send(Sender).map(([, r]) => r)).toEqual(["preview"]);
  });
});
