import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { fileOutsideWorkspace } from './file-messages.js';
import type { WorkspaceFolders } from './workspace-folders.js';

/** Thrown when something asks the server to read a file it must not read. */
export class FileAccessRefused extends Error {
    constructor(readonly uri: URI) {
        super(fileOutsideWorkspace(uri));
        this.name = 'FileAccessRefused';
    }
}

/**
 * The Node file system, limited to the workspace folders: every read, listing and look-up of a URI
 * that is not a `file:` path inside a workspace folder is refused (`exists` answers false). Langium
 * reaches the disk only through this service, so no request, file event or build can read elsewhere.
 */
export class WorkspaceFileSystemProvider extends NodeFileSystemProvider {
    constructor(private readonly folders: WorkspaceFolders) {
        super();
    }

    override async stat(uri: URI): Promise<FileSystemNode> {
        await this.check(uri);
        return super.stat(uri);
    }

    override statSync(uri: URI): FileSystemNode {
        this.checkSync(uri);
        return super.statSync(uri);
    }

    override async exists(uri: URI): Promise<boolean> {
        return (await this.folders.allowsReading(uri)) && super.exists(uri);
    }

    override existsSync(uri: URI): boolean {
        return this.folders.allowsReadingSync(uri) && super.existsSync(uri);
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        await this.check(uri);
        return super.readBinary(uri);
    }

    override readBinarySync(uri: URI): Uint8Array {
        this.checkSync(uri);
        return super.readBinarySync(uri);
    }

    override async readFile(uri: URI): Promise<string> {
        await this.check(uri);
        return super.readFile(uri);
    }

    override readFileSync(uri: URI): string {
        this.checkSync(uri);
        return super.readFileSync(uri);
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        await this.check(uri);
        return super.readDirectory(uri);
    }

    override readDirectorySync(uri: URI): FileSystemNode[] {
        this.checkSync(uri);
        return super.readDirectorySync(uri);
    }

    private async check(uri: URI): Promise<void> {
        if (!(await this.folders.allowsReading(uri))) throw new FileAccessRefused(uri);
    }

    private checkSync(uri: URI): void {
        if (!this.folders.allowsReadingSync(uri)) throw new FileAccessRefused(uri);
    }
}
