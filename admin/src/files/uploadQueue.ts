import { useSyncExternalStore } from 'react';
import { Upload, type PreviousUpload, type UploadOptions } from 'tus-js-client';
import { getSession, subscribeSession } from '../auth/session';
import type { RecordKind } from '../gql/graphql';
import { isTransient, keepsEarlierUpload, refusalOf } from './refusal';
import { Speedometer } from './speed';
import { baseOptions, forgetUrl, newest } from './tusOptions';
import { newItem, type UploadItem } from './uploadItem';

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
const WAIT_MS = 30_000;

/**
 * The console's uploads, kept outside any page so they go on while the user looks elsewhere.
 * Each file is a tus upload; tus-js-client keeps its address in localStorage, so after a reload
 * the same file added again continues where the server stopped.
 */
class UploadQueue {
  private items: UploadItem[] = [];
  private readonly uploads = new Map<string, Upload>();
  private readonly speed = new Speedometer();
  private readonly listeners = new Set<() => void>();
  private owner: string | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // Another user signing in on this tab never sees, or continues, the previous user's uploads.
    subscribeSession(() => {
      if (this.owner && getSession()?.user.id !== this.owner) this.clear();
    });
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly snapshot = () => this.items;

  private emit() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.forEach((listener) => listener());
  }

  private find = (key: string) => this.items.find((item) => item.key === key);

  private patch(key: string, change: Partial<UploadItem>, soon = false) {
    this.items = this.items.map((item) => (item.key === key ? { ...item, ...change } : item));
    if (!soon) this.emit();
    else this.timer ??= setTimeout(() => this.emit(), 150);
  }

  /** Adds files (skipping those already on the list); a file this browser began before is continued at once. */
  async add(files: File[], kindOf: (file: File) => RecordKind): Promise<{ added: number; skipped: number }> {
    this.owner = getSession()?.user.id ?? null;
    let added = 0;
    for (const file of files) {
      const onList = () => this.items.some((i) => sameFile(i.file, file) && i.phase !== 'failed' && i.phase !== 'done');
      if (onList()) continue;
      const key = `upload-${++this.seq}`;
      const upload = new Upload(file, this.optionsFor(key));
      // Looked up before the file is listed, so it cannot be started anew meanwhile.
      const earlier = newest(await upload.findPreviousUploads());
      if (onList()) continue;
      this.uploads.set(key, upload);
      // A file added again after a refusal takes the refused one's place.
      const refused = this.items.filter((i) => sameFile(i.file, file) && i.phase === 'failed');
      refused.forEach((i) => this.uploads.delete(i.key));
      this.items = [...this.items.filter((i) => !refused.includes(i)), newItem(key, file, kindOf(file))];
      added += 1;
      this.emit();
      if (earlier) this.continueEarlier(key, upload, earlier);
    }
    return { added, skipped: files.length - added };
  }

  private continueEarlier(key: string, upload: Upload, earlier: PreviousUpload) {
    const meta = earlier.metadata ?? {};
    upload.resumeFromPreviousUpload(earlier);
    upload.options.metadata = meta;
    const known = this.find(key)!;
    this.patch(key, {
      earlier: { url: earlier.uploadUrl, startedAt: earlier.creationTime, caseId: meta.caseId ?? null },
      title: meta.title || known.title,
      kind: (meta.kind as RecordKind | undefined) ?? known.kind,
      caseId: meta.caseId ?? null,
    });
    this.run(key);
  }

  /** Title and kind of a file not yet started. */
  edit(key: string, change: { title?: string; kind?: RecordKind }) {
    const item = this.find(key);
    if (item?.phase !== 'queued' || item.earlier) return;
    this.patch(key, { ...change, ...(change.kind ? { kindChosen: true } : {}) });
  }

  /** The form's kind changed: files whose kind the user did not pick follow it. */
  retarget(kindOf: (file: File) => RecordKind) {
    const follows = (i: UploadItem) => i.phase === 'queued' && !i.kindChosen && !i.earlier;
    if (!this.items.some((i) => follows(i) && i.kind !== kindOf(i.file))) return;
    this.items = this.items.map((i) => (follows(i) ? { ...i, kind: kindOf(i.file) } : i));
    this.emit();
  }

  /** Starts every queued file with the tus metadata it gets from the form. */
  start(metadataOf: (item: UploadItem) => Record<string, string>) {
    for (const item of this.items) {
      if (item.phase !== 'queued' || item.earlier) continue;
      const upload = this.uploads.get(item.key)!;
      upload.options.metadata = metadataOf(item);
      this.patch(item.key, { caseId: upload.options.metadata.caseId ?? null });
      this.run(item.key);
    }
  }

  private run(key: string) {
    this.speed.reset(key);
    this.patch(key, { phase: 'uploading', refusal: null, speed: null, remaining: null });
    this.uploads.get(key)?.start();
  }

  pause(key: string) {
    void this.uploads.get(key)?.abort();
    this.patch(key, { phase: 'paused', speed: null, remaining: null });
  }

  resume(key: string) {
    if (this.uploads.has(key)) this.run(key);
  }

  /** Stops a file for good: the server drops what it received (its journal and the audit trail stay). */
  async cancel(key: string) {
    const upload = this.uploads.get(key);
    this.remove(key);
    if (!upload) return;
    const url = upload.url;
    await upload.abort(url !== null).catch(() => undefined);
    await forgetUrl(url);
  }

  /** Takes a file off the list (not started, finished or refused). */
  remove(key: string) {
    this.uploads.delete(key);
    this.items = this.items.filter((item) => item.key !== key);
    this.emit();
  }

  clearFinished() {
    for (const item of this.items) if (item.phase === 'done') this.uploads.delete(item.key);
    this.items = this.items.filter((item) => item.phase !== 'done');
    this.emit();
  }

  private clear() {
    for (const upload of this.uploads.values()) void upload.abort();
    this.uploads.clear();
    this.items = [];
    this.owner = null;
    this.emit();
  }

  /** After tus's own retries: start again when the browser is back online, or in a while. */
  private waitForNetwork(key: string) {
    const again = () => {
      window.removeEventListener('online', again);
      clearTimeout(timer);
      if (this.find(key)?.phase === 'waiting') this.run(key);
    };
    window.addEventListener('online', again);
    const timer = setTimeout(again, WAIT_MS);
  }

  private optionsFor(key: string): UploadOptions {
    return {
      ...baseOptions,
      onProgress: (sent, total) => {
        const pace = this.speed.sample(key, sent, total);
        this.patch(key, { sent, ...pace, phase: 'uploading', refusal: null }, true);
      },
      onShouldRetry: (error, attempt) => {
        const refusal = refusalOf(error);
        if (!isTransient(refusal)) return false;
        this.patch(key, { phase: 'retrying', refusal, retries: attempt + 1, speed: null, remaining: null });
        return true;
      },
      onAfterResponse: (req, res) => {
        const item = this.find(key);
        if (!item?.earlier || item.resumedAt !== null) return;
        if (req.getMethod() === 'HEAD' && res.getStatus() === 200)
          this.patch(key, { resumedAt: Number(res.getHeader('Upload-Offset') ?? 0) });
        if (req.getMethod() === 'POST' && res.getStatus() === 201) this.patch(key, { restarted: true, resumedAt: 0 });
      },
      onSuccess: ({ lastResponse }) => {
        const item = this.find(key);
        const recordId = lastResponse.getHeader('X-Record-Id') || null;
        this.patch(key, { phase: 'done', sent: item?.file.size ?? 0, recordId, speed: null, remaining: null });
      },
      onError: (error) => {
        const refusal = refusalOf(error);
        if (isTransient(refusal)) {
          this.patch(key, { phase: 'waiting', refusal, speed: null, remaining: null });
          this.waitForNetwork(key);
          return;
        }
        this.patch(key, { phase: 'failed', refusal, speed: null, remaining: null });
        if (!keepsEarlierUpload(refusal)) void forgetUrl(this.uploads.get(key)?.url ?? null);
      },
    };
  }
}

export const uploadQueue = new UploadQueue();

export const useUploads = () => useSyncExternalStore(uploadQueue.subscribe, uploadQueue.snapshot);
