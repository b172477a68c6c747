import { backupCommand } from '../src/backup.command';

describe('npx hyeopchi backup --help', () => {
  it('promises the signed checkpoints, and says the followers start over rather than claim their positions', () => {
    const help = backupCommand().description();
    expect(help).toContain('with its signed checkpoints');
    expect(help).not.toMatch(/follower checkpoints/);
    expect(help).toContain("nor the followers' positions, which start over");
  });
});
